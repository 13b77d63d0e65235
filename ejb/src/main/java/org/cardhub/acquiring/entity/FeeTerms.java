package org.cardhub.acquiring.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A programme's fee on bank-card top-ups, paid by the payer on top of the amount: {@code rateBasisPoints} of the amount,
 * rounded half up to the kopeck, but not less than {@code minimum}. {@link #NONE} charges nothing.
 */
public record FeeTerms(int rateBasisPoints, Amount minimum) implements Serializable {

    public static final FeeTerms NONE = new FeeTerms(0, Amount.zero(Currency.RUB));

    private static final BigDecimal BASIS = BigDecimal.valueOf(10_000);

    public FeeTerms {
        if (rateBasisPoints < 0 || rateBasisPoints > 10_000) {
            throw new IllegalArgumentException("A fee rate is 0 to 10 000 basis points, not " + rateBasisPoints);
        }
        if (minimum == null || minimum.isNegative() || minimum.currency() != Currency.RUB) {
            throw new IllegalArgumentException("A fee's minimum is zero or more roubles, not " + minimum);
        }
    }

    public boolean isNone() {
        return rateBasisPoints == 0 && minimum.isZero();
    }

    /** The fee on top of {@code amount}. */
    public Amount feeFor(Amount amount) {
        long byRate = BigDecimal.valueOf(amount.minorUnits()).multiply(BigDecimal.valueOf(rateBasisPoints))
                .divide(BASIS, 0, RoundingMode.HALF_UP).longValueExact();
        return Amount.ofMinorUnits(Math.max(byRate, minimum.minorUnits()), amount.currency());
    }

    /** What the payer is charged: the amount and its fee. */
    public Amount chargeFor(Amount amount) {
        return amount.plus(feeFor(amount));
    }
}
