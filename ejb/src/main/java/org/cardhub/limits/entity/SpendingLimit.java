package org.cardhub.limits.entity;

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
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * A spending limit of one card, or of a whole contract when it names no card: so much money, so many
 * litres or so many purchases per transaction, day, week or month (the organisation's local periods),
 * optionally only for some product categories. A pupil's daily limit is a MONEY/DAY limit of their card.
 */
@Entity
@Table(name = "spending_limit")
public class SpendingLimit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id")
    private long contractId;

    @Column(name = "card_id")
    private Long cardId;

    @Enumerated(EnumType.STRING)
    private LimitMeasure measure;

    @Enumerated(EnumType.STRING)
    private LimitPeriod period;

    @Column(name = "limit_value")
    private long value;

    private String categories;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected SpendingLimit() {
    }

    public SpendingLimit(long contractId, Long cardId, LimitMeasure measure, LimitPeriod period, long value,
                         Collection<String> categories, Instant now) {
        this(contractId, cardId, new LimitRule(measure, period, value, ProductCategory.require(categories)), now);
    }

    public SpendingLimit(long contractId, Long cardId, LimitRule rule, Instant now) {
        this.contractId = contractId;
        this.cardId = cardId;
        this.createdAt = now;
        redefine(rule);
    }

    /** The same limit for another card (a reissue's new one), as it stands, whatever rules came since. */
    public SpendingLimit copyFor(long otherCardId, Instant now) {
        return copyFor(contractId, otherCardId, now);
    }

    /** The same limit for a card of another contract (a pupil's card at their new school). */
    public SpendingLimit copyFor(long otherContractId, long otherCardId, Instant now) {
        SpendingLimit copy = new SpendingLimit();
        copy.contractId = otherContractId;
        copy.cardId = otherCardId;
        copy.measure = measure;
        copy.period = period;
        copy.value = value;
        copy.categories = categories;
        copy.createdAt = now;
        return copy;
    }

    /** Changes the allowed value; returns the old one for the audit trail. */
    public long changeValue(long newValue) {
        if (newValue <= 0) {
            throw new InvalidLimitException(InvalidLimitException.Code.LIMIT_NOT_POSITIVE, "A limit must be more than zero");
        }
        long old = value;
        value = newValue;
        return old;
    }

    /** Makes this limit count and allow what the rule says. */
    public void redefine(LimitRule rule) {
        this.measure = rule.measure();
        this.period = rule.period();
        this.value = rule.value();
        this.categories = CategoryList.format(rule.categories());
    }

    /** Whether this limit counts the attempt at all (its categories, if any, include the attempt's). */
    public boolean appliesTo(Attempt attempt) {
        Set<String> only = CategoryList.parse(categories);
        return only.isEmpty() || CategoryList.contains(only, attempt.category())
                || CategoryList.contains(only, attempt.productCode());
    }

    /** The attempt, on top of what was used in this limit's window, against the limit. */
    public Optional<Decline> check(Attempt attempt, Usage used) {
        if (!appliesTo(attempt)) {
            return Optional.empty();
        }
        Usage counted = period == LimitPeriod.TRANSACTION ? Usage.none() : used;
        long wanted = switch (measure) {
            case MONEY -> Math.addExact(counted.amountMinor(), attempt.amountMinor());
            case VOLUME -> Math.addExact(counted.volumeMilli(), attempt.volumeMilli());
            case COUNT -> Math.addExact(counted.count(), 1);
        };
        if (wanted <= value) {
            return Optional.empty();
        }
        return Optional.of(new Decline(DeclineReason.LIMIT_EXCEEDED, describe() + ": "
                + format(wanted - (measure == LimitMeasure.COUNT ? 1 : asked(attempt))) + " used, "
                + format(measure == LimitMeasure.COUNT ? 1 : asked(attempt)) + " asked"));
    }

    /** Where this limit's usage is counted from and to, in the organisation's zone. */
    public Optional<PeriodWindow> windowAt(Instant at, ZoneId zone) {
        return period.hasWindow() ? Optional.of(period.windowContaining(at, zone)) : Optional.empty();
    }

    public String describe() {
        String scope = cardId == null ? "Contract" : "Card";
        String per = switch (period) {
            case TRANSACTION -> "per purchase";
            case DAY -> "a day";
            case WEEK -> "a week";
            case MONTH -> "a month";
        };
        String only = categories == null ? "" : " for " + categories;
        return scope + " limit " + format(value) + " " + per + only;
    }

    private long asked(Attempt attempt) {
        return measure == LimitMeasure.MONEY ? attempt.amountMinor() : attempt.volumeMilli();
    }

    private String format(long quantity) {
        return switch (measure) {
            case MONEY -> Amount.ofMinorUnits(quantity, Currency.RUB).toPlainString() + " RUB";
            case VOLUME -> Amount.ofMinorUnits(quantity, Currency.LITRE).toPlainString() + " L";
            case COUNT -> quantity + " purchase(s)";
        };
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    /** A limit of the whole contract rather than of one card. */
    public boolean isContractWide() {
        return cardId == null;
    }

    public Long cardId() {
        return cardId;
    }

    public LimitMeasure measure() {
        return measure;
    }

    public LimitPeriod period() {
        return period;
    }

    public long value() {
        return value;
    }

    public Set<String> categories() {
        return CategoryList.parse(categories);
    }
}
