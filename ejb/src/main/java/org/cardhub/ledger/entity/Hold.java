package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.cardhub.schema.entity.SequenceKeys;

import java.time.Instant;
import java.util.Objects;

/**
 * An authorisation: money set aside on an account for a card until the terminal completes it (for the
 * same or a smaller price), it is reversed, or it expires. The money held is the price less the contract's tariff
 * discount, whose rate is kept for the completion. While open it lowers the account's available
 * balance and counts against the card's limits.
 */
@Entity
public class Hold {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hold_seq")
    @SequenceGenerator(name = "hold_seq", sequenceName = "hold_seq", allocationSize = SequenceKeys.BLOCK)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "card_id")
    private long cardId;

    @Column(name = "amount_minor")
    private long amount;

    @Column(name = "volume_milli")
    private long volume;

    @Column(name = "discount_minor")
    private long discount;

    @Column(name = "discount_bp")
    private int discountBasisPoints;

    @Column(name = "product_code")
    private String productCode;

    private String category;

    private String station;

    private String region;

    @Enumerated(EnumType.STRING)
    private HoldStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    /** Mapped as a relation so that the entry is written before the hold that names it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "completion_entry_id")
    private JournalEntry completion;

    @Version
    private long version;

    protected Hold() {
    }

    public Hold(Account account, long cardId, Amount amount, OperationFacts facts, Instant now, Instant expiresAt) {
        account.hold(amount);
        this.accountId = account.id();
        this.cardId = cardId;
        this.amount = amount.minorUnits();
        this.volume = facts.volumeMilli();
        this.discount = facts.discountMinor();
        this.discountBasisPoints = facts.discountBasisPoints();
        this.productCode = facts.productCode();
        this.category = facts.category();
        this.station = facts.station();
        this.region = facts.region();
        this.status = HoldStatus.OPEN;
        this.createdAt = now;
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public boolean isOpen() {
        return status == HoldStatus.OPEN;
    }

    /** Whether a completion's price (before any discount) is within the price authorised. */
    public boolean covers(Amount finalPrice) {
        return finalPrice.minorUnits() <= priceMinor();
    }

    /** The price authorised, before the discount: what the terminal asked to hold. */
    public long priceMinor() {
        return amount + discount;
    }

    /** The discount rate the authorisation was priced with; its completion is priced with the same. */
    public int discountBasisPoints() {
        return discountBasisPoints;
    }

    /**
     * Frees the whole hold on the account; {@code completion} is the entry that posts the final amount,
     * or null when the terminal took nothing.
     */
    public void complete(Account account, JournalEntry completion) {
        end(account, HoldStatus.COMPLETED);
        this.completion = completion;
    }

    public Long completionEntryId() {
        return completion == null ? null : completion.id();
    }

    public void release(Account account) {
        end(account, HoldStatus.RELEASED);
    }

    public void expire(Account account) {
        end(account, HoldStatus.EXPIRED);
    }

    private void end(Account account, HoldStatus next) {
        if (!isOpen()) {
            throw new IllegalStateException("Hold " + id + " is already " + status);
        }
        if (account.id() != accountId) {
            throw new IllegalArgumentException("Hold " + id + " is on account " + accountId);
        }
        account.release(Amount.ofMinorUnits(amount, account.currency()));
        status = next;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public long cardId() {
        return cardId;
    }

    public long amountMinor() {
        return amount;
    }

    public long volumeMilli() {
        return volume;
    }

    public String productCode() {
        return productCode;
    }

    public String category() {
        return category;
    }

    public String station() {
        return station;
    }

    public String region() {
        return region;
    }

    public HoldStatus status() {
        return status;
    }

    /** When it was authorised: when the terminal handed out the fuel or goods its completion pays for. */
    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
