package org.cardhub.limits.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.access.boundary.Access;
import org.cardhub.access.boundary.AccessDeniedException;
import org.cardhub.access.entity.Role;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardReissued;
import org.cardhub.limits.control.UsageQuery;
import org.cardhub.limits.entity.Attempt;
import org.cardhub.limits.entity.CardRestriction;
import org.cardhub.limits.entity.CardRules;
import org.cardhub.limits.entity.Decline;
import org.cardhub.limits.entity.LimitChange;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.limits.entity.Usage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Spending limits and card restrictions: set and changed by the people responsible for a card (every
 * change recorded with its old and new value), and checked for every spending operation with an
 * explanation of which limit declined.
 */
@Stateless
@RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT})
public class Limits {

    @PersistenceContext
    EntityManager em;

    @Inject
    UsageQuery usage;

    @EJB
    Access access;

    @EJB
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * The first restriction or limit that refuses the attempt, or empty when it fits them all. The caller
     * holds the lock of the account the card draws on; {@code rules} are the card's as {@link #applyingTo}
     * read them.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
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
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CardRules applyingTo(Card card) {
        // one round trip: the card's row anchors the outer joins, so a card with neither still gives one row
        List<Object[]> rows = em.createQuery("SELECT r, l FROM Card c "
                        + "LEFT JOIN CardRestriction r ON r.cardId = c.id "
                        + "LEFT JOIN SpendingLimit l ON l.cardId = c.id OR (l.contractId = c.contractId AND l.cardId IS NULL) "
                        + "WHERE c.id = :card ORDER BY l.id", Object[].class)
                .setParameter("card", card.id()).getResultList();
        Optional<CardRestriction> restriction = rows.stream().map(row -> (CardRestriction) row[0])
                .filter(Objects::nonNull).findFirst();
        List<SpendingLimit> limits = rows.stream().map(row -> (SpendingLimit) row[1]).filter(Objects::nonNull).toList();
        return new CardRules(restriction, limits);
    }

    /** A reissued card keeps the limits and restrictions of the card it replaces (told within the reissue's transaction). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void carryOver(@Observes CardReissued reissued) {
        Card from = reissued.from();
        Card to = reissued.to();
        Instant now = Instant.now(clock);
        for (SpendingLimit limit : em.createQuery("SELECT l FROM SpendingLimit l WHERE l.cardId = :card", SpendingLimit.class)
                .setParameter("card", from.id()).getResultList()) {
            em.persist(new SpendingLimit(to.contractId(), to.id(), limit.measure(), limit.period(), limit.value(),
                    limit.categories(), now));
        }
        CardRestriction restriction = em.find(CardRestriction.class, from.id());
        if (restriction != null) {
            em.persist(restriction.copyFor(to.id()));
        }
    }

    /** A new limit of a card, or of the whole contract when {@code cardId} is null. */
    public SpendingLimit addLimit(long contractId, Long cardId, LimitMeasure measure, LimitPeriod period, long value,
                                  Collection<String> categories) {
        requireResponsible(contractId, cardId);
        SpendingLimit limit = new SpendingLimit(contractId, cardId, measure, period, value, categories, Instant.now(clock));
        em.persist(limit);
        em.flush();
        logChange(limit.contractId(), limit.cardId(), "limit " + limit.id(), null, limit.describe());
        return limit;
    }

    public SpendingLimit changeLimit(long limitId, long newValue) {
        SpendingLimit limit = findLimit(limitId);
        String before = limit.describe();
        limit.changeValue(newValue);
        logChange(limit.contractId(), limit.cardId(), "limit " + limitId, before, limit.describe());
        return limit;
    }

    public void removeLimit(long limitId) {
        SpendingLimit limit = findLimit(limitId);
        logChange(limit.contractId(), limit.cardId(), "limit " + limitId, limit.describe(), null);
        em.remove(limit);
    }

    public void allowCategories(long cardId, Collection<String> categories) {
        restrict(cardId, restriction -> restriction.allowCategories(categories));
    }

    public void forbidCategories(long cardId, Collection<String> categories) {
        restrict(cardId, restriction -> restriction.forbidCategories(categories));
    }

    public void limitHours(long cardId, LocalTime from, LocalTime to) {
        restrict(cardId, restriction -> restriction.limitHours(from, to));
    }

    public void allowStations(long cardId, Collection<String> stations, Collection<String> regions) {
        restrict(cardId, restriction -> {
            restriction.allowStations(stations);
            restriction.allowRegions(regions);
        });
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LimitChange> changesOfCard(long cardId) {
        access.requireCard(cardId);
        return em.createQuery("SELECT c FROM LimitChange c WHERE c.cardId = :card ORDER BY c.id", LimitChange.class)
                .setParameter("card", cardId).getResultList();
    }

    private void restrict(long cardId, Consumer<CardRestriction> change) {
        Card card = em.find(Card.class, cardId);
        if (card == null) {
            throw new AccessDeniedException("card", cardId);
        }
        requireResponsible(card.contractId(), cardId);
        CardRestriction restriction = em.find(CardRestriction.class, cardId);
        if (restriction == null) {
            restriction = new CardRestriction(cardId);
            em.persist(restriction);
        }
        String before = restriction.summary();
        change.accept(restriction);
        logChange(card.contractId(), cardId, "restriction", before, restriction.summary());
    }

    private SpendingLimit findLimit(long limitId) {
        SpendingLimit limit = em.find(SpendingLimit.class, limitId);
        if (limit == null) {
            throw new AccessDeniedException("limit", limitId);
        }
        requireResponsible(limit.contractId(), limit.cardId());
        return limit;
    }

    private void requireResponsible(long contractId, Long cardId) {
        if (cardId == null) {
            access.requireContract(contractId);
        } else {
            access.requireCard(cardId);
        }
    }

    private void logChange(long contractId, Long cardId, String what, String before, String after) {
        String actor = audit.actor(null);
        em.persist(new LimitChange(contractId, cardId, what, before, after, actor, Instant.now(clock)));
        audit.record(actor, "limit.change", cardId == null ? AuditSubject.CONTRACT : AuditSubject.CARD, cardId == null ? contractId : cardId,
                what + ": " + before + " → " + after);
    }
}
