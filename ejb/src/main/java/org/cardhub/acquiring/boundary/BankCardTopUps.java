package org.cardhub.acquiring.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.acquiring.control.AcquirerException;
import org.cardhub.acquiring.control.AcquirerRefusedException;
import org.cardhub.acquiring.control.CardPayments;
import org.cardhub.acquiring.control.Decisions;
import org.cardhub.payments.entity.LostRace;
import org.cardhub.acquiring.control.PaymentRecords;
import org.cardhub.acquiring.control.PaymentRequests;
import org.cardhub.acquiring.entity.CancellationReason;
import org.cardhub.acquiring.entity.CardPayment;
import org.cardhub.acquiring.entity.FeeTerms;
import org.cardhub.acquiring.entity.IdempotenceKeys;
import org.cardhub.acquiring.entity.ProviderPayment;
import org.cardhub.acquiring.entity.TopUpAmount;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.TopUpChannel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A parent tops up a child's general or canteen purse by bank card: sees the fee before paying, is sent to the
 * acquirer's page to pay, and comes back to the payment's status. Only a guardian of the card may top it up; a payment
 * is shown to its payer and to the card's guardians, to anyone else it does not exist. The payment is written before
 * the acquirer is asked, and asked outside any transaction.
 */
@Stateless
@RolesAllowed(Role.Names.PARENT)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BankCardTopUps {

    private static final Logger LOG = Logger.getLogger(BankCardTopUps.class.getName());
    private static final Pattern PUBLIC_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    CardDirectory cards;

    @EJB
    Payments money;

    @Inject
    CardPayments payments;

    @Inject
    PaymentRequests requests;

    @EJB
    PaymentRecords records;

    @EJB
    Decisions decisions;

    @EJB
    Settlement settlement;

    public TopUpTerms terms(long cardId) {
        Card card = guardedCard(cardId);
        return new TopUpTerms(card.id(), card.holderName(), card.panMasked(), payments.feeTermsOf(card.contractId()),
                TopUpAmount.MINIMUM, TopUpAmount.MAXIMUM);
    }

    /** The fee and the total of a top-up of {@code amount}; refused like the top-up itself when the amount is out of range. */
    public TopUpQuote quote(long cardId, Amount amount) {
        Card card = guardedCard(cardId);
        TopUpAmount.requireWithin(amount);
        FeeTerms fee = payments.feeTermsOf(card.contractId());
        return new TopUpQuote(amount, fee.feeFor(amount), fee.chargeFor(amount));
    }

    /**
     * Starts a top-up and answers the acquirer's page to pay on. {@code attempt} names the page's attempt: the same
     * attempt started twice (a double click) is one payment. When the purse would refuse the money, or the acquirer
     * cannot be asked, nothing is charged and the answer says why.
     */
    public Started start(long cardId, AccountPurpose purse, Amount amount, boolean saveCard, UUID attempt) {
        Card card = guardedCard(cardId);
        TopUpAmount.requireWithin(amount);
        String payer = caller();
        if (!money.checkTopUp(new PurseRef(CardRef.id(cardId), null, purse, Currency.RUB), amount, TopUpChannel.BANK_CARD)
                .isApproved()) {
            return Started.refused(null, CancellationReason.PURSE_REFUSED);
        }
        Amount fee = payments.feeTermsOf(card.contractId()).feeFor(amount);
        CardPayment payment = open(CardPayment.byPayer(IdempotenceKeys.ofPayerAttempt(attempt), cardId, purse, amount, fee,
                payer, saveCard, Instant.now()));
        if (!payment.isPaidBy(payer)) {
            throw new AccessDeniedException("card payment", attempt);
        }
        if (payment.status().isFinal()) {
            return Started.refused(payment.publicId(), payment.cancellationReason());
        }
        try {
            ProviderPayment created = requests.create(payment, card);
            if (created.confirmationUrl() == null) {
                throw new AcquirerRefusedException(200, "no_confirmation", "No confirmation page for " + created.id(), null);
            }
            records.created(payment.id(), created);
            return Started.toConfirm(payment.publicId(), created.confirmationUrl());
        } catch (AcquirerException e) {
            LOG.warning(() -> "Top-up " + payment.publicId() + " could not be started at the acquirer: " + e.getMessage());
            CancellationReason reason = e instanceof AcquirerRefusedException
                    ? CancellationReason.PROVIDER_REFUSED : CancellationReason.PROVIDER_UNAVAILABLE;
            decisions.fail(payment.id(), reason);
            return Started.refused(payment.publicId(), reason);
        }
    }

    /**
     * The payment as it stands, asked of the acquirer first while it is pending (the payer's return may come before
     * the notification, or instead of it). Another parent's payment is refused as unknown.
     */
    public PaymentView status(String paymentId) {
        CardPayment payment = readable(paymentId);
        if (!payment.status().isFinal()) {
            settlement.settle(payment.id());
            payment = payments.find(payment.id()).orElseThrow();
        }
        return viewOf(payment);
    }

    /** The card's latest payments by bank card, newest first. */
    public List<PaymentView> recent(long cardId, int max) {
        guardedCard(cardId);
        return payments.ofCard(cardId, Math.max(1, Math.min(max, 50))).stream().map(this::viewOf).toList();
    }

    private CardPayment open(CardPayment fresh) {
        try {
            return records.open(fresh);
        } catch (EJBException e) {
            if (!LostRace.isLostRace(e)) {
                throw e;
            }
            // the same attempt, started at the same moment by a second click: that one's payment is this one's
            return payments.byIdempotenceKey(fresh.idempotenceKey()).orElseThrow(() -> e);
        }
    }

    private CardPayment readable(String paymentId) {
        if (paymentId == null || !PUBLIC_ID.matcher(paymentId).matches()) {
            throw new AccessDeniedException("card payment", paymentId);
        }
        CardPayment payment = payments.byPublicId(paymentId).orElseThrow(() -> new AccessDeniedException("card payment", paymentId));
        if (!payment.isPaidBy(caller()) && !access.mayUseCard(payment.cardId())) {
            throw new AccessDeniedException("card payment", paymentId);
        }
        return payment;
    }

    private PaymentView viewOf(CardPayment payment) {
        Card card = cards.find(CardRef.id(payment.cardId())).orElseThrow();
        return new PaymentView(payment.publicId(), payment.kind(), card.id(), card.holderName(), card.panMasked(),
                payment.purse(), payment.amount(), payment.fee(), payment.charged(), payment.status(),
                payment.cancellationReason(), payment.createdAt(), payment.decidedAt(),
                em.find(Contract.class, card.contractId()).timeZone());
    }

    private Card guardedCard(long cardId) {
        access.requireCard(cardId);
        return cards.find(CardRef.id(cardId)).orElseThrow(() -> new AccessDeniedException("card", cardId));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
