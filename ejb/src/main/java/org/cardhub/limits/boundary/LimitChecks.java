package org.cardhub.limits.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardReissued;
import org.cardhub.limits.control.UsageQuery;
import org.cardhub.limits.entity.Attempt;
import org.cardhub.limits.entity.CardRestriction;
import org.cardhub.limits.entity.CardRules;
import org.cardhub.limits.entity.Decline;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.limits.entity.Usage;
import org.cardhub.transactions.TransactionMemory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The limits' in-transaction face: every spending operation checked against the card's restriction and limits, with
 * an explanation of which one declined, and a reissued card's limits carried over. It joins its caller's transaction
 * (the rules are read without one too) and never starts one; nothing is checked about the caller.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LimitChecks {

    private static final String READ_AHEAD = LimitChecks.class.getName() + ".readAhead";
    /** A card's restriction and the limits on it or its contract, for the outer joins from the card. */
    private static final String RULES_OF_CARD = "LEFT JOIN CardRestriction r ON r.cardId = c.id "
            + "LEFT JOIN SpendingLimit l ON l.cardId = c.id OR (l.contractId = c.contractId AND l.cardId IS NULL) ";

    @PersistenceContext
    EntityManager em;

    @Inject
    TransactionMemory memory;

    @Inject
    UsageQuery usage;

    private final Clock clock = Clock.systemUTC();

    /**
     * The first restriction or limit that refuses the attempt, or empty when it fits them all. The caller
     * holds the lock of the account the card draws on; {@code rules} are the card's as {@link #applyingTo}
     * read them.
     */
    public Optional<Decline> check(Card card, ZoneId zone, Attempt attempt, CardRules rules) {
        Optional<Decline> restricted = rules.restriction().flatMap(restriction -> restriction.check(attempt, zone));
        if (restricted.isPresent()) {
            return restricted;
        }
        for (SpendingLimit limit : rules.limits()) {
            Usage used = limit.windowAt(attempt.at(), zone).map(window -> usage.usedBy(limit, window)).orElse(Usage.none());
            Optional<Decline> refused = limit.check(attempt, used);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /**
     * The card's restriction and the limits its spending is checked against: its own and its contract's
     * (which make all the contract's cards' spending share one lock). For the money core; nothing is
     * checked about the caller.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CardRules applyingTo(Card card) {
        Optional<CardRules> readAhead = memory.<Map<Long, CardRules>>kept(READ_AHEAD).map(read -> read.get(card.id()));
        if (readAhead.isPresent()) {
            return readAhead.get();
        }
        // one round trip: the card's row anchors the outer joins, so a card with neither still gives one row
        return rulesOf(em.createQuery("SELECT c.id, r, l FROM Card c " + RULES_OF_CARD + "WHERE c.id = :card ORDER BY l.id",
                Object[].class).setParameter("card", card.id()).getResultList());
    }

    /**
     * Reads the rules of these cards in one statement, for a transaction that decides many operations at once (a group
     * of terminal events): until it ends, {@link #applyingTo} answers from what was read.
     */
    public void readAhead(Collection<Card> cards) {
        Map<Long, CardRules> read = memory.keep(READ_AHEAD, HashMap::new);
        List<Long> unread = cards.stream().map(Card::id).filter(id -> !read.containsKey(id)).distinct().toList();
        if (unread.isEmpty()) {
            return;
        }
        Map<Long, List<Object[]>> rowsByCard = em.createQuery("SELECT c.id, r, l FROM Card c " + RULES_OF_CARD
                        + "WHERE c.id IN :cards ORDER BY c.id, l.id", Object[].class)
                .setParameter("cards", unread).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0]));
        unread.forEach(id -> read.put(id, rulesOf(rowsByCard.getOrDefault(id, List.of()))));
    }

    /** Rows of (card id, restriction, limit), the limits in id order. */
    private static CardRules rulesOf(List<Object[]> rows) {
        Optional<CardRestriction> restriction = rows.stream().map(row -> (CardRestriction) row[1])
                .filter(Objects::nonNull).findFirst();
        List<SpendingLimit> limits = rows.stream().map(row -> (SpendingLimit) row[2]).filter(Objects::nonNull).toList();
        return new CardRules(restriction, limits);
    }

    /**
     * A reissued card keeps the limits and restrictions of the card it replaces (told within the reissue's transaction);
     * a pupil's card at a new school has them on the new school's contract.
     */
    public void carryOver(@Observes CardReissued reissued) {
        Card from = reissued.from();
        Card to = reissued.to();
        Instant now = Instant.now(clock);
        for (SpendingLimit limit : em.createQuery("SELECT l FROM SpendingLimit l WHERE l.cardId = :card", SpendingLimit.class)
                .setParameter("card", from.id()).getResultList()) {
            em.persist(limit.copyFor(to.contractId(), to.id(), now));
        }
        CardRestriction restriction = em.find(CardRestriction.class, from.id());
        if (restriction != null) {
            em.persist(restriction.copyFor(to.id()));
        }
    }
}
