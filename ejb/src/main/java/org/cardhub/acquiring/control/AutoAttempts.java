package org.cardhub.acquiring.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.cardhub.acquiring.entity.AutoTopUpStatus;
import org.cardhub.acquiring.entity.BankCardAutoTopUp;
import org.cardhub.acquiring.entity.CancellationReason;
import org.cardhub.acquiring.entity.CardPayment;
import org.cardhub.acquiring.entity.FeeTerms;
import org.cardhub.acquiring.entity.IdempotenceKeys;
import org.cardhub.acquiring.entity.PaymentStatus;
import org.cardhub.acquiring.entity.SavedBankCard;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the charges a trigger calls for: for each active rule of the card whose purse is below its threshold, with no
 * charge of its own still pending, one card payment named by the rule and the trigger. Written and committed before
 * the acquirer is asked; a trigger seen again finds its payment and starts nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AutoAttempts {

    @Inject
    CardPayments payments;

    @EJB
    CardDirectory cards;

    @EJB
    Ledger ledger;

    /** The ids of the card payments to charge now. */
    public List<Long> begin(long cardId, String trigger) {
        Optional<Card> found = cards.find(CardRef.id(cardId));
        if (found.isEmpty() || found.get().refusalToMoveMoney().isPresent()) {
            return List.of();
        }
        Card card = found.get();
        FeeTerms fee = payments.feeTermsOf(card.contractId());
        Instant now = Instant.now();
        List<Long> started = new ArrayList<>();
        for (BankCardAutoTopUp rule : payments.lockRulesOf(cardId)) {
            String key = IdempotenceKeys.ofAutoTopUp(rule.id(), trigger);
            if (rule.status() != AutoTopUpStatus.ACTIVE || charging(rule) || payments.byIdempotenceKey(key).isPresent()) {
                continue;
            }
            Optional<Amount> charge = ledger.purse(card.contractId(), cardId, rule.purse(), Currency.RUB, LockModeType.NONE)
                    .map(Account::available).flatMap(rule::chargeFor);
            if (charge.isEmpty()) {
                continue;
            }
            Optional<SavedBankCard> saved = payments.savedCard(rule.savedCardId()).filter(kept -> !kept.isRemoved());
            if (saved.isEmpty()) {
                rule.suspend(CancellationReason.SAVED_CARD_REMOVED, now);
                continue;
            }
            CardPayment payment = payments.persist(CardPayment.autoTopUp(key, rule.id(), saved.get().paymentMethodId(), cardId,
                    rule.purse(), charge.get(), fee.feeFor(charge.get()), rule.ownerSubject(), now));
            rule.charging(payment.id(), now);
            started.add(payment.id());
        }
        return started;
    }

    /** A charge of the rule still waits for its decision: no second one meanwhile. */
    private boolean charging(BankCardAutoTopUp rule) {
        return rule.lastPaymentId() != null
                && payments.find(rule.lastPaymentId()).map(payment -> payment.status() == PaymentStatus.PENDING).orElse(false);
    }
}
