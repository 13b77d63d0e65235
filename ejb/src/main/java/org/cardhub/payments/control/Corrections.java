package org.cardhub.payments.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.entity.Card;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.cardhub.payments.control.Outcomes.approved;
import static org.cardhub.payments.control.Outcomes.insufficient;
import static org.cardhub.payments.control.Purses.factsOf;
import static org.cardhub.payments.control.RequestChecks.requireCurrency;

/**
 * Staff corrections of a purse with a reason, each in one transaction, against the corrections account of
 * its currency, booked now into the open month (a correction of a closed month's mistake never reopens it). Called only
 * by {@link org.cardhub.payments.boundary.Payments}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Corrections {

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @Inject
    OperationRecords records;

    @Inject
    Purses purses;

    private final Clock clock = Clock.systemUTC();

    public Outcome correct(OperationKey key, PurseRef purse, Amount amount, String reason, String source) {
        if (amount.isZero()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, "A correction of zero changes nothing");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidOperationException(InvalidOperationException.Code.REASON_REQUIRED,
                    "A correction needs a reason of 1 to 500 characters");
        }
        String content = purse.fingerprint() + "|" + amount.minorUnits() + "|" + amount.currency() + "|" + reason.strip();
        return records.idempotent(key, Fingerprint.of("correct", content), () -> correctNow(purse, amount, reason.strip(), source));
    }

    private Outcome correctNow(PurseRef purse, Amount amount, String reason, String source) {
        Optional<Card> card = purses.cardOf(purse);
        Optional<Outcome> unknown = purses.refuseUnknownCard(purse, card);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        Account account = purses.resolve(purse, card);
        requireCurrency(account, amount);
        account = ledger.lock(List.of(account.id())).get(account.id());
        if (amount.isNegative() && !account.canCover(amount.negate())) {
            return insufficient(account, amount.negate());
        }
        Instant now = Instant.now(clock);
        String actor = audit.actor(source);
        JournalEntry entry = ledger.book(new JournalEntry(EntryKind.CORRECTION, now, factsOf(account, amount.isNegative()
                ? amount.negate() : amount), "Correction: " + reason, actor)
                .post(account, amount)
                .post(ledger.system(SystemAccount.correctionsFor(amount.currency())), amount.negate()), purses::zoneOf);
        audit.record(actor, "purse.correct", AuditSubject.ACCOUNT, account.id(), amount.toPlainString() + " " + amount.currency()
                + ": " + reason);
        return approved(entry.id(), null, amount.isNegative() ? amount.negate() : amount, Amount.zero(Currency.LITRE), account);
    }
}
