package org.cardhub.fleet.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What a contract's cards spent this month so far against the whole of last month, in the contract's time zone: by
 * day and by product, in money and in litres — purchases less their reversals, as the transactions page sums them.
 * Both lists come summed from the database; only the days and products something was spent on are in them.
 *
 * @param today     the contract's today, the last day of "this month so far"
 * @param byDay     what was spent on each day of the two months
 * @param byProduct what was spent on each product, this month and last
 */
public record MonthlySpending(LocalDate today, Map<LocalDate, Spent> byDay, List<ProductSpent> byProduct)
        implements Serializable {

    /** Money and litres together; litres are zero for what is not sold by the litre (a car wash). */
    public record Spent(Amount money, Amount litres) implements Serializable {

        public static final Spent NOTHING = new Spent(Amount.zero(Currency.RUB), Amount.zero(Currency.LITRE));

        public Spent plus(Spent other) {
            return new Spent(money.plus(other.money), litres.plus(other.litres));
        }

        public boolean isNothing() {
            return money.isZero() && litres.isZero();
        }
    }

    /** One product's spending in the two months; {@code product} is its code, null when a purchase named none. */
    public record ProductSpent(String product, Spent thisMonth, Spent lastMonth) implements Serializable {
    }

    public MonthlySpending {
        byDay = Map.copyOf(byDay);
        byProduct = List.copyOf(byProduct);
    }

    public YearMonth thisMonth() {
        return YearMonth.from(today);
    }

    public YearMonth lastMonth() {
        return thisMonth().minusMonths(1);
    }

    /** The first day of the two months, and so of what is summed here. */
    public LocalDate since() {
        return lastMonth().atDay(1);
    }

    public Spent on(LocalDate day) {
        return byDay.getOrDefault(day, Spent.NOTHING);
    }

    /** What was spent on that day of the month; nothing on a day the month does not have. */
    public Spent on(YearMonth month, int dayOfMonth) {
        return dayOfMonth > month.lengthOfMonth() ? Spent.NOTHING : on(month.atDay(dayOfMonth));
    }

    /** The days of the month something was spent on in either month, in order: the lines of a table. */
    public List<Integer> daysSpent() {
        return byDay.keySet().stream().map(LocalDate::getDayOfMonth).distinct().sorted().toList();
    }

    /** The month's total: its days' sums added up. */
    public Spent total(YearMonth month) {
        return byDay.entrySet().stream().filter(day -> YearMonth.from(day.getKey()).equals(month))
                .map(Map.Entry::getValue).reduce(Spent.NOTHING, Spent::plus);
    }

    public boolean isEmpty(YearMonth month) {
        return total(month).isNothing();
    }

    /** Nothing spent in either month: there is nothing to draw. */
    public boolean isEmpty() {
        return isEmpty(thisMonth()) && isEmpty(lastMonth());
    }

    /** The days of the month a chart of both months runs over: the longer month's. */
    public int daysShown() {
        return Math.max(thisMonth().lengthOfMonth(), lastMonth().lengthOfMonth());
    }

    /** Whether anything was bought by the litre in either month, so that litres are worth showing. */
    public boolean hasLitres() {
        return !total(thisMonth()).litres().isZero() || !total(lastMonth()).litres().isZero();
    }
}
