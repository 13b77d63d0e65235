package org.cardhub.acquiring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One top-up of a pupil's purse by bank card, as Cardhub keeps it: written before the acquirer is asked, then named by
 * the acquirer's payment id; pending until the acquirer's own view of it (never a notification's word) decides it once:
 * credited, canceled with the acquirer's reason, or failed for a reason of Cardhub's. The payer is charged the amount
 * and the fee; the purse gets the amount.
 */
@Entity
@Table(name = "card_payment")
public class CardPayment {

    private static final int MAX_URL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id")
    private String publicId;

    @Enumerated(EnumType.STRING)
    private PaymentKind kind;

    @Column(name = "idempotence_key")
    private String idempotenceKey;
    @Column(name = "provider_payment_id")
    private String providerPaymentId;
    @Column(name = "card_id")
    private long cardId;
    @Enumerated(EnumType.STRING)
    private AccountPurpose purse;

    @Column(name = "amount_minor")
    private long amountMinor;
    @Column(name = "fee_minor")
    private long feeMinor;
    @Column(name = "charged_minor")
    private long chargedMinor;

    @Enumerated(EnumType.STRING)
    private Currency currency;
    @Column(name = "payer_subject")
    private String payerSubject;
    @Column(name = "save_method")
    private boolean saveMethod;
    @Column(name = "payment_method_id")
    private String paymentMethodId;
    @Column(name = "auto_top_up_id")
    private Long autoTopUpId;
    @Column(name = "confirmation_url")
    private String confirmationUrl;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    @Column(name = "cancellation_party")
    private String cancellationParty;
    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    private CancellationReason cancellationReason;
    @Column(name = "entry_id")
    private Long entryId;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "credited_at")
    private Instant creditedAt;

    @Version
    private long version;

    protected CardPayment() {
    }

    private CardPayment(PaymentKind kind, String idempotenceKey, long cardId, AccountPurpose purse, Amount amount,
                        Amount fee, String payerSubject, Instant now) {
        if (purse != AccountPurpose.MAIN && purse != AccountPurpose.CANTEEN) {
            throw new InvalidTopUpException(InvalidTopUpException.Code.PURSE_UNKNOWN, "A top-up goes to the general or the canteen purse");
        }
        if (idempotenceKey == null || idempotenceKey.isBlank() || idempotenceKey.length() > IdempotenceKeys.MAX_LENGTH) {
            throw new IllegalArgumentException("An idempotence key has 1 to " + IdempotenceKeys.MAX_LENGTH + " characters");
        }
        TopUpAmount.requireWithin(amount);
        if (fee.isNegative() || fee.currency() != amount.currency()) {
            throw new IllegalArgumentException("A fee is zero or more of the amount's currency, not " + fee);
        }
        this.publicId = UUID.randomUUID().toString();
        this.kind = kind;
        this.idempotenceKey = idempotenceKey;
        this.cardId = cardId;
        this.purse = purse;
        this.amountMinor = amount.minorUnits();
        this.feeMinor = fee.minorUnits();
        this.chargedMinor = amount.plus(fee).minorUnits();
        this.currency = amount.currency();
        this.payerSubject = Objects.requireNonNull(payerSubject);
        this.status = PaymentStatus.PENDING;
        this.createdAt = Objects.requireNonNull(now);
        this.checkedAt = now;
    }

    /** A payment the payer confirms on the acquirer's page; with {@code saveMethod} the acquirer keeps the card for auto top-ups. */
    public static CardPayment byPayer(String idempotenceKey, long cardId, AccountPurpose purse, Amount amount, Amount fee,
                                      String payerSubject, boolean saveMethod, Instant now) {
        CardPayment payment = new CardPayment(PaymentKind.PAYER, idempotenceKey, cardId, purse, amount, fee, payerSubject, now);
        payment.saveMethod = saveMethod;
        return payment;
    }

    /** An auto top-up's charge of the rule owner's saved card {@code paymentMethodId}. */
    public static CardPayment autoTopUp(String idempotenceKey, long ruleId, String paymentMethodId, long cardId,
                                        AccountPurpose purse, Amount amount, Amount fee, String payerSubject, Instant now) {
        CardPayment payment = new CardPayment(PaymentKind.AUTO, idempotenceKey, cardId, purse, amount, fee, payerSubject, now);
        payment.autoTopUpId = ruleId;
        payment.paymentMethodId = Objects.requireNonNull(paymentMethodId);
        return payment;
    }

    /** The acquirer created it as {@code providerId}; the page to send the payer to, if the payer confirms it. */
    public void createdAs(String providerId, String confirmationPage) {
        Objects.requireNonNull(providerId);
        if (providerPaymentId != null && !providerPaymentId.equals(providerId)) {
            throw new IllegalStateException("Card payment " + publicId + " is the acquirer's " + providerPaymentId + ", not " + providerId);
        }
        providerPaymentId = providerId;
        if (confirmationPage != null && confirmationPage.length() <= MAX_URL) {
            confirmationUrl = confirmationPage;
        }
    }

    /**
     * What the acquirer's view of the payment means here. Acted on only when it is this very payment: the acquirer's id,
     * the amount charged in roubles and Cardhub's id in its metadata all as written; anything else credits nothing.
     */
    public Transition transitionFor(ProviderPayment seen) {
        if (!isThe(seen)) {
            return Transition.MISMATCH;
        }
        return switch (seen.status()) {
            case SUCCEEDED -> !seen.paid() ? Transition.MISMATCH
                    : status == PaymentStatus.PENDING ? Transition.CREDIT
                    : status == PaymentStatus.SUCCEEDED ? Transition.NOTHING : Transition.CONTRADICTION;
            case CANCELED -> status == PaymentStatus.PENDING ? Transition.CANCEL
                    : status == PaymentStatus.SUCCEEDED ? Transition.CONTRADICTION : Transition.NOTHING;
            case PENDING, WAITING_FOR_CAPTURE -> status == PaymentStatus.PENDING ? Transition.WAIT : Transition.CONTRADICTION;
        };
    }

    private boolean isThe(ProviderPayment seen) {
        return seen != null && seen.id() != null && seen.status() != null
                && (providerPaymentId == null || providerPaymentId.equals(seen.id()))
                && publicId.equals(seen.cardhubPayment())
                && Currency.RUB.name().equals(seen.currency()) && currency == Currency.RUB
                && seen.value() != null && seen.value().compareTo(charged().toBigDecimal()) == 0;
    }

    /** Credited to the purse as journal entry {@code entry}: the only way to {@link PaymentStatus#SUCCEEDED}. */
    public void credited(long entry, Instant now) {
        status = status.moveTo(PaymentStatus.SUCCEEDED);
        entryId = entry;
        decidedAt = now;
        creditedAt = now;
    }

    /** The acquirer canceled it; {@code party} and {@code reason} as it named them. */
    public void canceled(String party, String reason, Instant now) {
        status = status.moveTo(PaymentStatus.CANCELED);
        cancellationParty = party;
        cancellationReason = CancellationReason.ofProvider(reason);
        decidedAt = now;
    }

    /** Cardhub gave up on it for a reason of its own; nothing was or will be credited. */
    public void failed(CancellationReason reason, Instant now) {
        status = status.moveTo(PaymentStatus.FAILED);
        cancellationReason = Objects.requireNonNull(reason);
        decidedAt = now;
    }

    public void checked(Instant now) {
        checkedAt = now;
    }

    /** Whether the payer, or a guardian of the card (asked apart), may see it. */
    public boolean isPaidBy(String subject) {
        return payerSubject.equals(subject);
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public PaymentKind kind() {
        return kind;
    }

    public String idempotenceKey() {
        return idempotenceKey;
    }

    public String providerPaymentId() {
        return providerPaymentId;
    }

    public long cardId() {
        return cardId;
    }

    public AccountPurpose purse() {
        return purse;
    }

    public Amount amount() {
        return Amount.ofMinorUnits(amountMinor, currency);
    }

    public Amount fee() {
        return Amount.ofMinorUnits(feeMinor, currency);
    }

    public Amount charged() {
        return Amount.ofMinorUnits(chargedMinor, currency);
    }

    public String payerSubject() {
        return payerSubject;
    }

    public boolean savesMethod() {
        return saveMethod;
    }

    public String paymentMethodId() {
        return paymentMethodId;
    }

    public Long autoTopUpId() {
        return autoTopUpId;
    }

    public String confirmationUrl() {
        return confirmationUrl;
    }

    public PaymentStatus status() {
        return status;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public String cancellationParty() {
        return cancellationParty;
    }

    public Long entryId() {
        return entryId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
