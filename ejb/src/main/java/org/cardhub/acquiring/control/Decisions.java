package org.cardhub.acquiring.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.acquiring.entity.BankCardAutoTopUp;
import org.cardhub.acquiring.entity.CancellationReason;
import org.cardhub.acquiring.entity.CardPayment;
import org.cardhub.acquiring.entity.IdempotenceKeys;
import org.cardhub.acquiring.entity.PaymentKind;
import org.cardhub.acquiring.entity.PaymentStatus;
import org.cardhub.acquiring.entity.ProviderPayment;
import org.cardhub.acquiring.entity.SavedBankCard;
import org.cardhub.acquiring.entity.Transition;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.AtomicTopUps;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.TopUpChannel;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Decides a card payment by the acquirer's own view of it, each decision in a transaction of its own that first locks
 * the payment's row: of simultaneous deciders (the notification, the payer's return, the poll) the first credits and
 * the others find it decided. The credit is the ledger's top-up under the acquirer's payment id, in the same
 * transaction as the status change; the guardians' notice and a saved card commit with them.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Decisions {

    private static final Logger LOG = Logger.getLogger(Decisions.class.getName());

    /** What became of the payment, and what the acquirer's view meant for it. */
    public record Decided(PaymentStatus status, Transition transition) {
    }

    @Inject
    CardPayments payments;

    @EJB
    AtomicTopUps money;

    @EJB
    CardDirectory cards;

    @Inject
    TopUpNotices notices;

    public Decided apply(long paymentId, ProviderPayment seen) {
        CardPayment payment = payments.lock(paymentId);
        Transition transition = payment.transitionFor(seen);
        Instant now = Instant.now();
        switch (transition) {
            case CREDIT -> credit(payment, seen, now);
            case CANCEL -> cancel(payment, seen, now);
            case WAIT -> {
                payment.createdAs(seen.id(), seen.confirmationUrl());
                payment.checked(now);
            }
            case MISMATCH -> LOG.warning(() -> "Card payment " + payment.publicId() + ": the acquirer's payment " + seen.id()
                    + " is not the one created (" + seen.value() + " " + seen.currency() + ", metadata " + seen.cardhubPayment()
                    + "); nothing done");
            case CONTRADICTION -> LOG.severe(() -> "Card payment " + payment.publicId() + " is " + payment.status()
                    + " but the acquirer says " + seen.status() + " for " + seen.id() + "; nothing done, look into it");
            case NOTHING -> payment.checked(now);
        }
        return new Decided(payment.status(), transition);
    }

    /** Gives up on a pending payment for a reason of Cardhub's (the acquirer refused to create it, or never could). */
    public Decided fail(long paymentId, CancellationReason reason) {
        CardPayment payment = payments.lock(paymentId);
        if (payment.status() != PaymentStatus.PENDING) {
            return new Decided(payment.status(), Transition.NOTHING);
        }
        Instant now = Instant.now();
        payment.failed(reason, now);
        suspendAutoTopUp(payment, reason, now);
        return new Decided(payment.status(), Transition.CANCEL);
    }

    private void credit(CardPayment payment, ProviderPayment seen, Instant now) {
        payment.createdAs(seen.id(), null);
        Card card = cardOf(payment);
        Outcome outcome = money.topUpWithFee(IdempotenceKeys.ofCredit(seen.id()),
                new PurseRef(CardRef.id(payment.cardId()), null, payment.purse(), Currency.RUB), payment.amount(), payment.fee(),
                TopUpChannel.BANK_CARD, IdempotenceKeys.SCOPE, "card payment " + payment.publicId()).outcome();
        if (!outcome.isApproved()) {
            LOG.severe(() -> "Card payment " + payment.publicId() + " (acquirer's " + seen.id() + ", " + payment.charged()
                    + ") was paid but the purse refused it: " + outcome + "; the payer is due a refund");
            payment.failed(CancellationReason.CREDIT_REFUSED, now);
            notices.notCredited(payment, card);
            suspendAutoTopUp(payment, CancellationReason.CREDIT_REFUSED, now);
            return;
        }
        payment.credited(outcome.entryId(), now);
        if (payment.savesMethod()) {
            seen.paymentMethod().filter(ProviderPayment.Method::saved).ifPresent(method -> remember(payment, method, now));
        }
        notices.credited(payment, card, outcome.balance());
    }

    private void cancel(CardPayment payment, ProviderPayment seen, Instant now) {
        ProviderPayment.Cancellation why = seen.cancellationDetails().orElse(new ProviderPayment.Cancellation(null, null));
        payment.canceled(why.party(), why.reason(), now);
        suspendAutoTopUp(payment, payment.cancellationReason(), now);
    }

    /** A failed charge of an auto top-up stops its rule until the parent resumes it, and the parent hears why. */
    private void suspendAutoTopUp(CardPayment payment, CancellationReason reason, Instant now) {
        if (payment.kind() != PaymentKind.AUTO) {
            return;
        }
        BankCardAutoTopUp rule = payments.lockRule(payment.autoTopUpId());
        rule.suspend(reason, now);
        String title = payments.savedCard(rule.savedCardId()).map(SavedBankCard::title).orElse("");
        if (reason != CancellationReason.CREDIT_REFUSED) {
            notices.autoTopUpFailed(payment, cardOf(payment), title, reason);
        }
    }

    private void remember(CardPayment payment, ProviderPayment.Method method, Instant now) {
        payments.savedCard(payment.payerSubject(), method.id()).ifPresentOrElse(
                saved -> saved.savedAgain(method.title(), now),
                () -> payments.persist(new SavedBankCard(payment.payerSubject(), payment.cardId(), method.id(), method.title(), now)));
    }

    private Card cardOf(CardPayment payment) {
        return cards.find(CardRef.id(payment.cardId()))
                .orElseThrow(() -> new IllegalStateException("Card payment " + payment.publicId() + " names no card"));
    }
}
