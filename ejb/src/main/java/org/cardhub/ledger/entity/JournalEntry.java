package org.cardhub.ledger.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Transient;
import org.cardhub.schema.entity.SequenceKeys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One movement of money or litres. It is written only when its postings sum to zero in every
 * currency; the check runs when postings are complete and again just before the row is inserted.
 */
@Entity
@jakarta.persistence.Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
    @SequenceGenerator(name = "journal_entry_seq", sequenceName = "journal_entry_seq", allocationSize = SequenceKeys.BLOCK)
    private Long id;

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    @Column(name = "booked_at")
    private Instant bookedAt;

    @Column(name = "card_id")
    private Long cardId;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "product_code")
    private String productCode;

    private String category;

    private String station;

    private String region;

    @Column(name = "amount_minor")
    private long amountMinor;

    @Column(name = "volume_milli")
    private long volumeMilli;

    @Column(name = "discount_minor")
    private long discountMinor;

    @Column(name = "discount_bp")
    private int discountBasisPoints;

    @Column(name = "reverses_entry_id")
    private Long reversesEntryId;

    /** When the event happened, if that was in a month closed by the time it reached the books; else null. */
    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String description;

    private String actor;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
    private List<Posting> postings = new ArrayList<>();

    /** The contracts whose accounts this new entry posts to, so booking can check their closed months. */
    @Transient
    private final Set<Long> contractsPosted = new TreeSet<>();

    /** The cards' purses this new entry posts to, so booking can tell what it did to them. */
    @Transient
    private final Map<Long, Account> cardPursesPosted = new LinkedHashMap<>();

    protected JournalEntry() {
    }

    public JournalEntry(EntryKind kind, Instant bookedAt, OperationFacts facts, String description, String actor) {
        this.kind = Objects.requireNonNull(kind);
        this.bookedAt = Objects.requireNonNull(bookedAt);
        this.cardId = facts.cardId();
        this.contractId = facts.contractId();
        this.productCode = facts.productCode();
        this.category = facts.category();
        this.station = facts.station();
        this.region = facts.region();
        this.amountMinor = facts.amountMinor();
        this.volumeMilli = facts.volumeMilli();
        this.discountMinor = facts.discountMinor();
        this.discountBasisPoints = facts.discountBasisPoints();
        this.description = description;
        this.actor = Objects.requireNonNull(actor);
    }

    /** Moves {@code amount} from one account to another: the two postings of a simple transfer. */
    public JournalEntry move(Account from, Account to, Amount amount) {
        if (!amount.isPositive()) {
            throw new UnbalancedEntryException("A movement needs a positive amount, not " + amount);
        }
        // both sides are checked before either changes, so a refused move leaves both untouched
        from.requireCurrency(amount);
        to.requireCurrency(amount);
        return post(from, amount.negate()).post(to, amount);
    }

    public JournalEntry post(Account account, Amount amount) {
        account.apply(amount);
        postings.add(new Posting(this, account.id(), amount));
        if (account.contractId() != null) {
            contractsPosted.add(account.contractId());
        }
        if (account.cardId() != null && !account.isSystem()) {
            cardPursesPosted.put(account.id(), account);
        }
        return this;
    }

    /** What this new entry did to each card purse it posts to (those it leaves unchanged left out); after booking. */
    public List<CardPurseChanged> cardPurseChanges() {
        List<CardPurseChanged> changes = new ArrayList<>();
        for (Account purse : cardPursesPosted.values()) {
            long change = postings.stream().filter(posting -> posting.accountId() == purse.id())
                    .mapToLong(posting -> posting.amount().minorUnits()).sum();
            if (change != 0) {
                changes.add(new CardPurseChanged(id, kind, purse.id(), purse.cardId(), purse.purpose(),
                        Amount.ofMinorUnits(change, purse.currency()), purse.balance(), purse.available()));
            }
        }
        return changes;
    }

    /** The entry's own contract and those of the accounts it posts to. */
    public Set<Long> contractsTouched() {
        Set<Long> touched = new TreeSet<>(contractsPosted);
        if (contractId != null) {
            touched.add(contractId);
        }
        return touched;
    }

    /**
     * Books the entry at {@code at} instead of the time it happened (see {@link LateBooking}), which it keeps as
     * {@link #occurredAt()}.
     */
    public void bookInstead(Instant at) {
        if (!at.equals(bookedAt)) {
            occurredAt = bookedAt;
            bookedAt = at;
        }
    }

    public void marksReversalOf(JournalEntry original) {
        this.reversesEntryId = original.id;
    }

    @PrePersist
    void requireBalanced() {
        Map<Currency, Long> sums = new EnumMap<>(Currency.class);
        for (Posting posting : postings) {
            sums.merge(posting.amount().currency(), posting.amount().minorUnits(), Math::addExact);
        }
        if (postings.size() < 2) {
            throw new UnbalancedEntryException("A journal entry needs at least two postings");
        }
        sums.forEach((currency, sum) -> {
            if (sum != 0) {
                throw new UnbalancedEntryException("Postings of a " + kind + " entry sum to "
                        + Amount.ofMinorUnits(sum, currency) + ", not zero");
            }
        });
    }

    public Long id() {
        return id;
    }

    public EntryKind kind() {
        return kind;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    /** When the event happened: when it was booked, unless it came late into a closed month and was booked later. */
    public Instant occurredAt() {
        return occurredAt == null ? bookedAt : occurredAt;
    }

    /** Whether it was booked into a later month than the one it happened in, because that one was closed. */
    public boolean movedFromClosedMonth() {
        return occurredAt != null;
    }

    public Long cardId() {
        return cardId;
    }

    public Long contractId() {
        return contractId;
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

    public String description() {
        return description;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public long volumeMilli() {
        return volumeMilli;
    }

    /** What a tariff took off the station's price; the price was {@code amountMinor + discountMinor}. */
    public long discountMinor() {
        return discountMinor;
    }

    public int discountBasisPoints() {
        return discountBasisPoints;
    }

    public Long reversesEntryId() {
        return reversesEntryId;
    }

    public List<Posting> postings() {
        return Collections.unmodifiableList(postings);
    }
}
