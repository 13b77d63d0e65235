package org.cardhub.fleet.entity;

import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A limit that applies to a card: its own, or one of the whole contract.
 *
 * @param amount     the money or litres allowed, null for a count of purchases
 * @param count      the purchases allowed, 0 for a limit of money or litres
 * @param categories the product categories it counts, empty for all of them
 * @param id         the limit's id, to change or remove it; null for a limit read back from the history
 */
public record CardLimit(LimitMeasure measure, LimitPeriod period, Amount amount, long count, List<String> categories,
                        boolean ofContract, Long id) implements Serializable {

    public CardLimit {
        categories = List.copyOf(categories);
    }

    /** A limit as the history wrote it, which no longer names the limit. */
    public CardLimit(LimitMeasure measure, LimitPeriod period, Amount amount, long count, List<String> categories,
                     boolean ofContract) {
        this(measure, period, amount, count, categories, ofContract, null);
    }

    public static CardLimit of(SpendingLimit limit) {
        Amount amount = switch (limit.measure()) {
            case MONEY -> Amount.ofMinorUnits(limit.value(), Currency.RUB);
            case VOLUME -> Amount.ofMinorUnits(limit.value(), Currency.LITRE);
            case COUNT -> null;
        };
        return new CardLimit(limit.measure(), limit.period(), amount, amount == null ? limit.value() : 0,
                List.copyOf(limit.categories()), limit.isContractWide(), limit.id());
    }

    /** How {@link SpendingLimit#describe()} writes a limit into its change history. */
    private static final Pattern DESCRIBED = Pattern.compile(
            "(Card|Contract) limit (\\d+(?:\\.\\d+)?) (RUB|L|purchase\\(s\\)) (per purchase|a day|a week|a month)(?: for (.+))?");

    /**
     * A limit as its change history wrote it, read back so that the page can say it in the reader's language;
     * empty for a text in another shape (the page then shows it as it is).
     */
    public static Optional<CardLimit> parse(String described) {
        Matcher match = described == null ? null : DESCRIBED.matcher(described.strip());
        if (match == null || !match.matches()) {
            return Optional.empty();
        }
        LimitPeriod period = switch (match.group(4)) {
            case "per purchase" -> LimitPeriod.TRANSACTION;
            case "a day" -> LimitPeriod.DAY;
            case "a week" -> LimitPeriod.WEEK;
            default -> LimitPeriod.MONTH;
        };
        List<String> categories = match.group(5) == null ? List.of()
                : Arrays.stream(match.group(5).split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
        boolean ofContract = match.group(1).equals("Contract");
        try {
            return Optional.of(switch (match.group(3)) {
                case "RUB" -> new CardLimit(LimitMeasure.MONEY, period, Amount.parse(match.group(2), Currency.RUB), 0,
                        categories, ofContract);
                case "L" -> new CardLimit(LimitMeasure.VOLUME, period, Amount.parse(match.group(2), Currency.LITRE), 0,
                        categories, ofContract);
                default -> new CardLimit(LimitMeasure.COUNT, period, null, Long.parseLong(match.group(2)), categories,
                        ofContract);
            });
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public boolean countsPurchases() {
        return measure == LimitMeasure.COUNT;
    }
}
