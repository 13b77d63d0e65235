package org.cardhub.contracts.entity;

import org.cardhub.money.Amount;

/**
 * The share of a price a tariff takes off, in basis points (300 = 3 %), and the discount row it comes from (null
 * for none).
 *
 * <p>Rounding: the amount paid is {@code price × (10 000 − rate) / 10 000} rounded half up to the kopeck, and the
 * discount is what is left of the price; so price − discount = amount exactly. A discount never takes a price
 * to nothing: at least one kopeck is paid (a journal entry moves something, and a 100 % discount on fuel is not a
 * sale).</p>
 */
public record DiscountRate(int basisPoints, Long discountId) {

    public static final int WHOLE = 10_000;
    public static final DiscountRate NONE = new DiscountRate(0, null);

    public DiscountRate {
        if (basisPoints < 0 || basisPoints > WHOLE) {
            throw new InvalidTariffException(InvalidTariffException.Code.DISCOUNT_RANGE,
                    "A discount is 0 to 10000 basis points, not " + basisPoints);
        }
    }

    public static DiscountRate of(int basisPoints) {
        return basisPoints == 0 ? NONE : new DiscountRate(basisPoints, null);
    }

    public DiscountedPrice applyTo(Amount price) {
        long listed = price.minorUnits();
        if (basisPoints == 0 || listed <= 0) {
            return new DiscountedPrice(price, Amount.zero(price.currency()), price, 0);
        }
        // at most 10^12 kopecks times 10^4: within a long
        long paid = Math.max(1, (listed * (WHOLE - basisPoints) + WHOLE / 2) / WHOLE);
        return new DiscountedPrice(price, Amount.ofMinorUnits(listed - paid, price.currency()),
                Amount.ofMinorUnits(paid, price.currency()), basisPoints);
    }
}
