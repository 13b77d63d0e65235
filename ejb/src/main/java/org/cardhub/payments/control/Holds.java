package org.cardhub.payments.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.contracts.entity.DiscountRate;
import org.cardhub.contracts.entity.DiscountedPrice;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.Hold;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.IdempotencyRecord;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.cardhub.payments.control.OperationRecords.recordOf;
import static org.cardhub.payments.control.Outcomes.approved;
import static org.cardhub.payments.control.RequestChecks.requireNonNegative;

/**
 * The end of an authorisation's hold, each in one transaction: completed for a final price (posted less the discount
 * the authorisation was priced with, the rest released), or expired when neither completed nor reversed in time. Called only by
 * {@link org.cardhub.payments.boundary.Payments} and {@link org.cardhub.payments.boundary.HoldExpiry}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Holds {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @Inject
    OperationRecords records;

    @Inject
    Purses purses;

    @Inject
    AutoTopUps autoTopUps;

    private final Clock clock = Clock.systemUTC();

    public Outcome complete(OperationKey key, OperationKey authorisation, Amount finalAmount, Amount finalVolume,
                            String source) {
        requireNonNegative(finalAmount, Currency.RUB);
        Amount volume = finalVolume == null ? Amount.zero(Currency.LITRE) : finalVolume;
        requireNonNegative(volume, Currency.LITRE);
        String content = authorisation.scope() + "|" + authorisation.key() + "|" + finalAmount.minorUnits() + "|"
                + volume.minorUnits();
        // one look-up finds both a repeated completion and the authorisation it completes
        List<IdempotencyRecord> found = records.records(key, authorisation);
        return records.once(key, Fingerprint.of("complete", content), recordOf(found, key),
                () -> completeHold(authorisation, recordOf(found, authorisation), finalAmount, volume, source)).outcome();
    }

    /** Ends an authorisation that was neither completed nor reversed in time. */
    public void expire(long holdId) {
        Hold hold = em.find(Hold.class, holdId);
        if (hold == null || !hold.isOpen()) {
            return;
        }
        Account account = ledger.lock(List.of(hold.accountId())).get(hold.accountId());
        hold = ledger.lockHold(holdId).orElseThrow();
        if (hold.isOpen() && hold.expiresAt().isBefore(Instant.now(clock))) {
            hold.expire(account);
            audit.record(AuditLog.SYSTEM, "hold.expire", AuditSubject.CARD, hold.cardId(), "hold " + holdId + " expired");
        }
    }

    private Outcome completeHold(OperationKey authorisation, Optional<IdempotencyRecord> authorised, Amount finalAmount,
                                 Amount finalVolume, String source) {
        Optional<Long> holdId = authorised.map(record -> OutcomeCodec.read(record.outcome())).map(Outcome::holdId);
        if (holdId.isEmpty()) {
            return Outcome.declined(DeclineCode.REFERENCE_UNKNOWN, "No approved authorisation " + authorisation.key());
        }
        Hold hold = holdWithItsAccountAndContract(holdId.get());
        Set<Long> toLock = new TreeSet<>(List.of(hold.accountId()));
        autoTopUps.ruleOf(em.find(Account.class, hold.accountId())).ifPresent(rule -> toLock.add(rule.sourceAccountId()));
        Map<Long, Account> locked = ledger.lock(toLock);
        Account account = locked.get(hold.accountId());
        // The hold itself is not locked: every change to a hold locks its account first, so the account's lock
        // queues them. Read before that lock, the hold may have ended meanwhile; its version check then fails
        // the update (or the account no longer holds its amount), and Payments runs the completion again.
        if (hold.isOpen() && account.held().minorUnits() < hold.amountMinor()) {
            throw new OptimisticLockException("Hold " + hold.id() + " ended while its account was being locked");
        }
        if (!hold.isOpen()) {
            return Outcome.declined(DeclineCode.REFERENCE_UNKNOWN, "Authorisation " + authorisation.key() + " is "
                    + hold.status().name().toLowerCase());
        }
        if (!hold.covers(finalAmount)) {
            return Outcome.declined(DeclineCode.EXCEEDS_AUTHORISATION, "Completion of " + finalAmount.toPlainString()
                    + " exceeds the authorised " + Amount.ofMinorUnits(hold.priceMinor(), Currency.RUB).toPlainString());
        }
        DiscountedPrice priced = DiscountRate.of(hold.discountBasisPoints()).applyTo(finalAmount);
        Instant now = Instant.now(clock);
        String actor = audit.actor(source);
        Long entryId = null;
        if (finalAmount.isPositive()) {
            OperationFacts facts = new OperationFacts(hold.cardId(), account.contractId(), hold.productCode(), hold.category(),
                    hold.station(), hold.region(), priced.amount().minorUnits(), finalVolume.minorUnits(),
                    priced.discount().minorUnits(), priced.basisPoints());
            Account merchant = ledger.system(SystemAccount.MERCHANT_PAYABLE);
            // the sale happened when it was authorised: booked then, unless that month has been closed meanwhile
            JournalEntry entry = new JournalEntry(EntryKind.COMPLETION, hold.createdAt(), facts,
                    "Completion of authorisation " + authorisation.key(), actor);
            // The hold is released before the final amount is posted, so the whole hold is available to it.
            // From here until the entry is booked no query may run: it would flush a hold naming an unsaved entry.
            hold.complete(account, entry);
            entry.move(account, merchant, priced.amount());
            entryId = ledger.bookLate(entry, now, purses::zoneOf).id();
            autoTopUps.refill(account, locked, actor, now);
        } else {
            hold.complete(account, null);
        }
        audit.record(actor, "card.complete", AuditSubject.CARD, hold.cardId(), priced.amount().toPlainString() + " RUB"
                + (priced.isDiscounted() ? " (price " + finalAmount.toPlainString() + ", discount "
                + priced.discount().toPlainString() + ")" : "") + " of hold " + hold.id());
        return approved(entryId, hold.id(), priced.amount(), finalVolume, account);
    }

    /** A hold read (not locked) in one statement with its account and that account's contract. */
    private Hold holdWithItsAccountAndContract(long holdId) {
        return (Hold) em.createQuery("SELECT h, a, c FROM Hold h, Account a, Contract c "
                        + "WHERE a.id = h.accountId AND c.id = a.contractId AND h.id = :id", Object[].class)
                .setParameter("id", holdId).getSingleResult()[0];
    }
}
