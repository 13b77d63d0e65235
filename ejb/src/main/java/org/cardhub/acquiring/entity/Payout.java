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
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One payout of a contract's money to a bank card, as Cardhub keeps it: written with the debit that moved the money to
 * the payouts in transit before the acquirer is asked, then named by the acquirer's payout id; pending until the
 * acquirer's own view of it decides it once: paid (the money settled with the acquirer) or canceled (the money back,
 * with the acquirer's reason). Keeps the card's mask only.
 */
@Entity
@Table(name = "payout")
public class Payout {

    public static final int MAX_KEY = 64;
    public static final int MAX_DESCRIPTION = 128;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_KEY + "}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "public_id")
    private String publicId;
    @Column(name = "idempotence_key")
    private String idempotenceKey;
    @Column(name = "contract_id")
    private long contractId;
    @Column(name = "amount_minor")
    private long amountMinor;
    @Enumerated(EnumType.STRING)
    private Currency currency;
    @Column(name = "card_masked")
    private String cardMasked;
    private String description;
    private String actor;
    @Column(name = "provider_payout_id")
    private String providerPayoutId;

    @Enumerated(EnumType.STRING)
    private PayoutStatus status;
    @Column(name = "cancellation_party")
    private String cancellationParty;
    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    private PayoutCancellation cancellationReason;
    @Column(name = "debit_entry_id")
    private long debitEntryId;
    @Column(name = "settle_entry_id")
    private Long settleEntryId;

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Payout() {
    }

    /** A payout whose money the journal entry {@code debitEntry} has just moved to the payouts in transit. */
    public Payout(String idempotenceKey, long contractId, Amount amount, PayoutCard card, String description, String actor,
                  long debitEntry, Instant now) {
        requireKey(idempotenceKey);
        requireAmount(amount);
        requireDescription(description);
        this.publicId = UUID.randomUUID().toString();
        this.idempotenceKey = idempotenceKey;
        this.contractId = contractId;
        this.amountMinor = amount.minorUnits();
        this.currency = amount.currency();
        this.cardMasked = card.masked();
        this.description = description;
        this.actor = Objects.requireNonNull(actor);
        this.debitEntryId = debitEntry;
        this.status = PayoutStatus.PENDING;
        this.createdAt = Objects.requireNonNull(now);
        this.checkedAt = now;
    }

    public static void requireKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new PayoutRefusal(PayoutRefusal.Code.KEY_INVALID,
                    "An idempotence key is 1 to " + MAX_KEY + " letters, digits or .:_-");
        }
    }

    /** A payout is of roubles, more than zero. */
    public static void requireAmount(Amount amount) {
        if (amount == null || amount.currency() != Currency.RUB || !amount.isPositive()) {
            throw new PayoutRefusal(PayoutRefusal.Code.AMOUNT_INVALID, "A payout is of more than zero roubles, not " + amount);
        }
    }

    public static void requireDescription(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new PayoutRefusal(PayoutRefusal.Code.DESCRIPTION_TOO_LONG,
                    "A payout's description has at most " + MAX_DESCRIPTION + " characters");
        }
    }

    /** Whether a second request under this payout's key asks for this very payout (same contract, amount and card). */
    public boolean isSameRequest(long contract, Amount amount, PayoutCard card) {
        return contractId == contract && amount().equals(amount) && cardMasked.equals(card.masked());
    }

    /** The acquirer created it as {@code providerId}. */
    public void createdAs(String providerId) {
        Objects.requireNonNull(providerId);
        if (providerPayoutId != null && !providerPayoutId.equals(providerId)) {
            throw new IllegalStateException("Payout " + publicId + " is the acquirer's " + providerPayoutId + ", not " + providerId);
        }
        providerPayoutId = providerId;
    }

    /**
     * What the acquirer's view of the payout means here. Acted on only when it is this very payout: the acquirer's id
     * (once known), the amount in roubles and Cardhub's id in its metadata all as written.
     */
    public PayoutTransition transitionFor(ProviderPayout seen) {
        if (!isThe(seen)) {
            return PayoutTransition.MISMATCH;
        }
        return switch (seen.status()) {
            case SUCCEEDED -> status == PayoutStatus.PENDING ? PayoutTransition.SETTLE
                    : status == PayoutStatus.SUCCEEDED ? PayoutTransition.NOTHING : PayoutTransition.CONTRADICTION;
            case CANCELED -> status == PayoutStatus.PENDING ? PayoutTransition.GIVE_BACK
                    : status == PayoutStatus.CANCELED ? PayoutTransition.NOTHING : PayoutTransition.CONTRADICTION;
            case PENDING -> status == PayoutStatus.PENDING ? PayoutTransition.WAIT : PayoutTransition.CONTRADICTION;
        };
    }

    private boolean isThe(ProviderPayout seen) {
        return seen != null && seen.id() != null && seen.status() != null
                && (providerPayoutId == null || providerPayoutId.equals(seen.id()))
                && publicId.equals(seen.cardhubPayout())
                && Currency.RUB.name().equals(seen.currency())
                && seen.value() != null && seen.value().compareTo(amount().toBigDecimal()) == 0;
    }

    /** The acquirer paid it; {@code entry} moved the money from the payouts in transit to the acquirer. */
    public void succeeded(long entry, Instant now) {
        status = status.moveTo(PayoutStatus.SUCCEEDED);
        settleEntryId = entry;
        decidedAt = now;
    }

    /** It did not reach the card, for {@code reason}; {@code entry} gave the money back. */
    public void canceled(String party, PayoutCancellation reason, long entry, Instant now) {
        status = status.moveTo(PayoutStatus.CANCELED);
        cancellationParty = party;
        cancellationReason = Objects.requireNonNull(reason);
        settleEntryId = entry;
        decidedAt = now;
    }

    public void checked(Instant now) {
        checkedAt = now;
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public String idempotenceKey() {
        return idempotenceKey;
    }

    public long contractId() {
        return contractId;
    }

    public Amount amount() {
        return Amount.ofMinorUnits(amountMinor, currency);
    }

    public String cardMasked() {
        return cardMasked;
    }

    public String description() {
        return description;
    }

    public String actor() {
        return actor;
    }

    public String providerPayoutId() {
        return providerPayoutId;
    }

    public PayoutStatus status() {
        return status;
    }

    public String cancellationParty() {
        return cancellationParty;
    }

    public PayoutCancellation cancellationReason() {
        return cancellationReason;
    }

    public long debitEntryId() {
        return debitEntryId;
    }

    public Long settleEntryId() {
        return settleEntryId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
