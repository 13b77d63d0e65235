package org.cardhub.ledger.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.ledger.control.HeldAccounts;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.CardPurseChanged;
import org.cardhub.ledger.entity.EntryBooked;
import org.cardhub.ledger.entity.ClosedPeriodException;
import org.cardhub.money.Currency;
import org.cardhub.ledger.entity.Hold;
import org.cardhub.ledger.entity.HoldStatus;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.LateBooking;
import org.cardhub.ledger.entity.SystemAccount;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The double-entry ledger: accounts, journal entries, holds and closed months. Callers work inside
 * their own transaction and lock the accounts they change, always in ascending id order, so concurrent
 * operations queue instead of deadlocking or losing updates. The ledger's in-transaction face: it joins the
 * caller's transaction (its reads run without one too) and never starts one; closing a month and the
 * self-check, which do, are {@link Bookkeeping}; the closing itself is {@link ClosedMonths}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Ledger {

    private static final Map<SystemAccount, Account> SYSTEM_ACCOUNTS = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    HeldAccounts held;

    @Inject
    Event<CardPurseChanged> cardPurses;

    @Inject
    Event<EntryBooked> bookings;

    public Account open(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }

    /** Opens many accounts with one flush (a school's import of pupils opens two for each new card). */
    public List<Account> openAll(List<Account> accounts) {
        accounts.forEach(em::persist);
        em.flush();
        return accounts;
    }

    /**
     * Locks the accounts for update, in ascending id order; returns them by id. Those this transaction locked ahead
     * ({@link #lockAhead}) are not asked for again.
     */
    public Map<Long, Account> lock(Collection<Long> accountIds) {
        Map<Long, Account> locked = new HashMap<>();
        for (Long id : new TreeSet<>(accountIds)) {
            Account account = held.account(id)
                    .orElseGet(() -> em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
            if (account == null) {
                throw new IllegalArgumentException("No account " + id);
            }
            locked.put(id, account);
        }
        return locked;
    }

    /**
     * Locks, in one statement and ascending id order, every account of these cards and every own account of these
     * contracts, for a transaction that decides many operations at once (a group of terminal events): each lock is
     * taken once, and in one order for all, however the operations' own orders interleave. The rest of the transaction
     * finds them held ({@link #purse}, {@link #lock}) without another round trip.
     */
    public void lockAhead(Collection<Long> cardIds, Collection<Long> contractIds) {
        if (cardIds.isEmpty() && contractIds.isEmpty()) {
            return;
        }
        List<Account> locked = em.createQuery("SELECT a FROM Account a WHERE a.systemCode IS NULL AND (a.cardId IN :cards "
                        + "OR (a.cardId IS NULL AND a.contractId IN :contracts)) ORDER BY a.id", Account.class)
                .setParameter("cards", cardIds.isEmpty() ? List.of(-1L) : cardIds)
                .setParameter("contracts", contractIds.isEmpty() ? List.of(-1L) : contractIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        held.hold(cardIds, contractIds, locked);
    }

    /**
     * A system account; never locked, because its balance is computed from postings only. Read once and then
     * kept: postings use only its id and currency, and it keeps no balance of its own that could go stale.
     */
    public Account system(SystemAccount code) {
        return SYSTEM_ACCOUNTS.computeIfAbsent(code, missing -> em.createQuery(
                        "SELECT a FROM Account a WHERE a.systemCode = :code", Account.class)
                .setParameter("code", missing.name()).getSingleResult());
    }

    /**
     * A contract's or card's purse; with {@link LockModeType#PESSIMISTIC_WRITE} locked as it is read, for an
     * operation that locks no other account (else see {@link #lock}).
     */
    public Optional<Account> purse(long contractId, Long cardId, AccountPurpose purpose, Currency currency,
                                   LockModeType lock) {
        Optional<Optional<Account>> lockedAhead = held.purse(contractId, cardId, purpose, currency);
        if (lockedAhead.isPresent()) {
            return lockedAhead.get();
        }
        String card = cardId == null ? "a.cardId IS NULL" : "a.cardId = :card";
        var query = em.createQuery("SELECT a FROM Account a WHERE a.contractId = :contract AND " + card
                        + " AND a.purpose = :purpose AND a.currency = :currency", Account.class)
                .setParameter("contract", contractId).setParameter("purpose", purpose).setParameter("currency", currency)
                .setLockMode(lock);
        if (cardId != null) {
            query.setParameter("card", cardId);
        }
        return query.getResultStream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Account> accountsOfCard(long cardId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.cardId = :card ORDER BY a.id", Account.class)
                .setParameter("card", cardId).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Account> accountsOfContract(long contractId) {
        return em.createQuery("SELECT a FROM Account a WHERE a.contractId = :contract ORDER BY a.id", Account.class)
                .setParameter("contract", contractId).getResultList();
    }

    /**
     * Writes a balanced entry whose postings were made on locked accounts; refuses it when any contract
     * it touches has closed the month it falls into (in that contract's time zone). Announces what it did to cards'
     * purses ({@link CardPurseChanged}) to the observers in this transaction.
     */
    public JournalEntry book(JournalEntry entry, Function<Long, ZoneId> zoneOfContract) {
        for (Long contractId : entry.contractsTouched()) {
            YearMonth month = YearMonth.from(entry.bookedAt().atZone(zoneOfContract.apply(contractId)));
            if (isClosed(contractId, month)) {
                throw new ClosedPeriodException(contractId, month);
            }
        }
        em.persist(entry);
        em.flush(); // rows that name the entry by its id alone (purchase lines, offline reviews) are written after it
        entry.cardPurseChanges().forEach(cardPurses::fire);
        bookings.fire(new EntryBooked(entry));
        return entry;
    }

    /**
     * Writes a balanced entry of an event that happened before now (its {@link JournalEntry#bookedAt()}): at that
     * time while its month is open, else now, into the open month ({@link LateBooking}). Refused like {@link #book}
     * only when the month of now is closed too. Runs no query that would flush the caller's pending changes.
     */
    public JournalEntry bookLate(JournalEntry entry, Instant now, Function<Long, ZoneId> zoneOfContract) {
        entry.bookInstead(LateBooking.bookingTime(entry.bookedAt(), now, entry.contractsTouched(), zoneOfContract,
                this::isClosed));
        return book(entry, zoneOfContract);
    }

    public Hold place(Hold hold) {
        em.persist(hold);
        em.flush();
        return hold;
    }

    public Optional<Hold> lockHold(long holdId) {
        return Optional.ofNullable(em.find(Hold.class, holdId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<JournalEntry> entry(long entryId) {
        return Optional.ofNullable(em.find(JournalEntry.class, entryId));
    }

    public boolean isReversed(long entryId) {
        return !em.createQuery("SELECT r.id FROM JournalEntry r WHERE r.reversesEntryId = :id", Long.class)
                .setParameter("id", entryId).getResultList().isEmpty();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> expiredHolds(Instant now, int max) {
        return em.createQuery("SELECT h.id FROM Hold h WHERE h.status = :open AND h.expiresAt < :now ORDER BY h.id",
                        Long.class)
                .setParameter("open", HoldStatus.OPEN).setParameter("now", now).setMaxResults(max).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isClosed(long contractId, YearMonth month) {
        return !em.createQuery("SELECT p.contractId FROM ClosedPeriod p WHERE p.contractId = :contract AND p.month = :month",
                        Long.class)
                // no operation writes a closed month, so the operation's pending changes need not be flushed first
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("contract", contractId).setParameter("month", month.toString()).getResultList().isEmpty();
    }
}
