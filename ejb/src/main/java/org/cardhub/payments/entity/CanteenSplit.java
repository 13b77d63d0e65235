package org.cardhub.payments.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a school canteen's sales divide between the programme and the supplier: the commission of {@code basisPoints} is
 * taken from each meal (each sales entry) on its own, rounded half-up to the kopeck (half away from zero, so a
 * reversal's commission is exactly the sale's, negated), and the meals' commissions are added up; the supplier's share is
 * the rest. So the split of every meal is exact and the day's is their sum — which may differ by kopecks from the
 * commission of the day's total. Immutable: {@link #plus} gives the split with one more meal.
 *
 * @param salesMinor      what the meals sold, net of reversals
 * @param commissionMinor the programme's part
 * @param shareMinor      the supplier's part
 * @param meals           the sales entries less their reversals
 */
public record CanteenSplit(int basisPoints, long salesMinor, long commissionMinor, long shareMinor, int meals) {

    private static final BigDecimal WHOLE = BigDecimal.valueOf(10_000);

    public CanteenSplit {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("A commission is 0 to 10 000 basis points, not " + basisPoints);
        }
        if (salesMinor != Math.addExact(commissionMinor, shareMinor)) {
            throw new IllegalArgumentException("A split's commission and share make its sales");
        }
    }

    public static CanteenSplit none(int basisPoints) {
        return new CanteenSplit(basisPoints, 0, 0, 0, 0);
    }

    /** The commission on one meal of {@code amountMinor} (negative for a reversal): half-up to the kopeck. */
    public static long commissionOf(long amountMinor, int basisPoints) {
        return BigDecimal.valueOf(amountMinor).multiply(BigDecimal.valueOf(basisPoints))
                .divide(WHOLE, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * The split with one more sales entry, which posted {@code amountMinor} to the merchants' account: a sale a positive
     * amount and one meal more, a reversal a negative one and one meal less.
     */
    public CanteenSplit plus(long amountMinor) {
        if (amountMinor == 0) {
            throw new IllegalArgumentException("A sale posted something");
        }
        long commission = commissionOf(amountMinor, basisPoints);
        return new CanteenSplit(basisPoints, Math.addExact(salesMinor, amountMinor), Math.addExact(commissionMinor, commission),
                Math.addExact(shareMinor, amountMinor - commission), meals + CanteenSale.mealsOf(amountMinor));
    }

    /** Whether it moves any money: a day whose sales and reversals net out to nothing (and so every part) does not. */
    public boolean movesMoney() {
        return salesMinor != 0 || commissionMinor != 0 || shareMinor != 0;
    }
}
