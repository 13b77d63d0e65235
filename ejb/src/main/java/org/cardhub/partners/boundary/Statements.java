package org.cardhub.partners.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.entity.Account;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.partners.entity.FeedEntry;
import org.cardhub.partners.entity.FeedPage;
import org.cardhub.payments.entity.InvalidOperationException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The feed of movements of a contract or a card, newest first, in pages joined by an opaque cursor and
 * optionally within a time window. A contract's feed is every entry that moved one of its accounts; a
 * card's is every entry made with the card or into its own purses.
 */
@Stateless
@RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT, Role.Names.PUPIL,
        Role.Names.PARTNER_AGENT, Role.Names.PARTNER_FLEET})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Statements {

    public static final int MAX_PAGE = 500;
    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    Ledger ledger;

    public FeedPage ofContract(String contractNumber, Instant from, Instant to, String cursor, int limit) {
        Contract contract = em.createQuery("SELECT c FROM Contract c WHERE c.number = :number", Contract.class)
                .setParameter("number", contractNumber).getResultStream().findFirst()
                .filter(found -> access.mayUseContract(found.id()))
                .orElseThrow(() -> new AccessDeniedException("contract", contractNumber));
        List<Long> accounts = ledger.accountsOfContract(contract.id()).stream().map(Account::id).toList();
        if (accounts.isEmpty()) {
            return new FeedPage(List.of(), null);
        }
        return page("e.id IN (SELECT p.entry.id FROM Posting p WHERE p.accountId IN :accounts)", Map.of("accounts", accounts),
                accounts, from, to, cursor, limit);
    }

    public FeedPage ofCard(long cardId, Instant from, Instant to, String cursor, int limit) {
        Card card = em.find(Card.class, cardId);
        if (card == null || !access.mayUseCard(cardId)) {
            throw new AccessDeniedException("card", cardId);
        }
        List<Long> own = ledger.accountsOfCard(cardId).stream().map(Account::id).toList();
        List<Long> purses = own.isEmpty()
                ? ledger.accountsOfContract(card.contractId()).stream().filter(a -> a.cardId() == null).map(Account::id).toList()
                : own;
        return own.isEmpty()
                ? page("e.cardId = :card", Map.of("card", cardId), purses, from, to, cursor, limit)
                : page("(e.cardId = :card OR e.id IN (SELECT p.entry.id FROM Posting p WHERE p.accountId IN :accounts))",
                Map.of("card", cardId, "accounts", own), purses, from, to, cursor, limit);
    }

    private FeedPage page(String subject, Map<String, Object> subjectParameters, List<Long> purses, Instant from,
                          Instant to, String cursor, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidOperationException(InvalidOperationException.Code.RANGE_INVALID,
                    "A page holds 1 to " + MAX_PAGE + " entries");
        }
        Instant start = from == null ? BEGINNING : from;
        Instant end = to == null ? END : to;
        if (!start.isBefore(end)) {
            throw new InvalidOperationException(InvalidOperationException.Code.RANGE_INVALID,
                    "'from' must be before 'to'");
        }
        var query = em.createQuery("SELECT e FROM JournalEntry e WHERE " + subject
                        + " AND e.bookedAt >= :from AND e.bookedAt < :to AND e.id < :before ORDER BY e.id DESC", JournalEntry.class)
                .setParameter("from", start).setParameter("to", end).setParameter("before", decode(cursor))
                .setMaxResults(limit + 1);
        subjectParameters.forEach(query::setParameter);
        List<JournalEntry> found = query.getResultList();
        List<JournalEntry> entries = found.subList(0, Math.min(limit, found.size()));
        Map<Long, Map<Currency, Long>> net = netChanges(entries, purses);
        Map<Long, String> masked = maskedCards(entries);
        List<FeedEntry> feed = entries.stream().map(e -> {
            Map<Currency, Long> change = net.getOrDefault(e.id(), Map.of());
            return new FeedEntry(e.id(), e.bookedAt(), e.kind().name(),
                    Amount.ofMinorUnits(change.getOrDefault(Currency.RUB, 0L), Currency.RUB).toPlainString(),
                    Amount.ofMinorUnits(change.getOrDefault(Currency.LITRE, 0L), Currency.LITRE).toPlainString(),
                    e.cardId(), e.cardId() == null ? null : masked.get(e.cardId()), e.productCode(), e.category(),
                    e.station(), e.description(), e.reversesEntryId());
        }).toList();
        String next = found.size() > limit ? encode(entries.get(entries.size() - 1).id()) : null;
        return new FeedPage(feed, next);
    }

    private Map<Long, Map<Currency, Long>> netChanges(List<JournalEntry> entries, List<Long> purses) {
        Map<Long, Map<Currency, Long>> net = new HashMap<>();
        if (entries.isEmpty() || purses.isEmpty()) {
            return net;
        }
        List<Object[]> rows = em.createQuery("SELECT p.entry.id, p.currency, SUM(p.amount) FROM Posting p "
                        + "WHERE p.entry.id IN :entries AND p.accountId IN :purses GROUP BY p.entry.id, p.currency", Object[].class)
                .setParameter("entries", entries.stream().map(JournalEntry::id).toList())
                .setParameter("purses", purses).getResultList();
        for (Object[] row : rows) {
            net.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Currency) row[1], ((Number) row[2]).longValue());
        }
        return net;
    }

    private Map<Long, String> maskedCards(List<JournalEntry> entries) {
        List<Long> cardIds = entries.stream().map(JournalEntry::cardId).filter(id -> id != null).distinct().toList();
        Map<Long, String> masked = new HashMap<>();
        if (!cardIds.isEmpty()) {
            em.createQuery("SELECT c FROM Card c WHERE c.id IN :ids", Card.class).setParameter("ids", cardIds)
                    .getResultList().forEach(card -> masked.put(card.id(), card.panMasked()));
        }
        return masked;
    }

    static String encode(long entryId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("e" + entryId).getBytes(StandardCharsets.US_ASCII));
    }

    static long decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return Long.MAX_VALUE;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith("e")) {
                long id = Long.parseLong(text.substring(1));
                if (id > 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw new InvalidOperationException(InvalidOperationException.Code.CURSOR_INVALID,
                "The cursor is not one this feed gave out");
    }
}
