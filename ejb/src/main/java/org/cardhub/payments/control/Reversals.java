package org.cardhub.payments.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.Hold;
import org.cardhub.ledger.entity.HoldStatus;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.Posting;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.cardhub.payments.control.Outcomes.approved;
import static org.cardhub.payments.control.Outcomes.authCode;
import static org.cardhub.payments.control.Outcomes.insufficient;

/**
 * Reversals of an earlier approved operation, each in one transaction: an open hold is released, a
 * completed one or a posted entry is booked back, now: the reverse of an entry in a closed month goes into the open
 * month and leaves the closed one as it was. Called only by {@link org.cardhub.payments.boundary.Payments}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Reversals {

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

    private final Clock clock = Clock.systemUTC();

    public Outcome reverse(OperationKey key, OperationKey original, String source) {
        return records.idempotent(key, Fingerprint.of("reverse", original.scope() + "|" + original.key()),
                () -> reverseOperation(original, source));
    }

    private Outcome reverseOperation(OperationKey original, String source) {
        Optional<Outcome> referenced = records.recordedOutcome(original);
        if (referenced.isEmpty() || !referenced.get().isApproved()) {
            return Outcome.declined(DeclineCode.REFERENCE_UNKNOWN, "No approved operation " + original.key());
        }
        Long entryId = referenced.get().entryId();
        Long holdId = referenced.get().holdId();
        String actor = audit.actor(source);
        if (holdId != null) {
            Hold hold = em.find(Hold.class, holdId);
            Account account = ledger.lock(List.of(hold.accountId())).get(hold.accountId());
            hold = ledger.lockHold(holdId).orElseThrow();
            if (hold.isOpen()) {
                hold.release(account);
                audit.record(actor, "card.release", AuditSubject.CARD, hold.cardId(), "hold " + holdId + " reversed");
                return approved(null, holdId, Amount.ofMinorUnits(hold.amountMinor(), Currency.RUB),
                        Amount.ofMinorUnits(hold.volumeMilli(), Currency.LITRE), account);
            }
            if (hold.status() != HoldStatus.COMPLETED || hold.completionEntryId() == null) {
                return Outcome.declined(DeclineCode.ALREADY_REVERSED, "Authorisation " + original.key() + " is "
                        + hold.status().name().toLowerCase());
            }
            entryId = hold.completionEntryId();
        }
        JournalEntry entry = ledger.entry(entryId).orElseThrow();
        if (ledger.isReversed(entry.id())) {
            return Outcome.declined(DeclineCode.ALREADY_REVERSED, "Operation " + original.key() + " was already reversed");
        }
        Set<Long> toLock = new TreeSet<>();
        for (Posting posting : entry.postings()) {
            toLock.add(posting.accountId());
        }
        toLock.removeIf(id -> em.find(Account.class, id).isSystem());
        Map<Long, Account> locked = ledger.lock(toLock);
        for (Posting posting : entry.postings()) {
            Account account = locked.get(posting.accountId());
            if (account != null && posting.amount().isPositive() && !account.canCover(posting.amount())) {
                return insufficient(account, posting.amount());
            }
        }
        Instant now = Instant.now(clock);
        OperationFacts facts = new OperationFacts(entry.cardId(), entry.contractId(), entry.productCode(),
                entry.category(), null, null, entry.amountMinor(), entry.volumeMilli(), entry.discountMinor(),
                entry.discountBasisPoints());
        JournalEntry reversal = new JournalEntry(EntryKind.REVERSAL, now, facts, "Reversal of " + original.key(), actor);
        Account creditedBack = null;
        for (Posting posting : entry.postings()) {
            Account account = locked.getOrDefault(posting.accountId(), em.find(Account.class, posting.accountId()));
            reversal.post(account, posting.amount().negate());
            if (!account.isSystem() && posting.amount().isNegative()) {
                creditedBack = account;
            }
        }
        reversal.marksReversalOf(entry);
        long reversalId = ledger.book(reversal, purses::zoneOf).id();
        audit.record(actor, "entry.reverse", AuditSubject.ENTRY, entry.id(), "reversed by entry " + reversalId);
        Account shown = creditedBack != null ? creditedBack : locked.values().stream().findFirst().orElse(null);
        return Outcome.approved(reversalId, holdId, authCode(), Amount.ofMinorUnits(entry.amountMinor(), Currency.RUB),
                Amount.ofMinorUnits(entry.volumeMilli(), Currency.LITRE), shown == null ? null : shown.available());
    }
}
