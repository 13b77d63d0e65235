package org.cardhub.schooloffice.entity;

import org.cardhub.money.Amount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A part of a whole as a whole percentage, and money shared out per head, both rounded half up; none of nothing. */
final class Shares {

    private Shares() {
    }

    static Optional<Integer> percent(long part, long whole) {
        if (whole <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValueExact());
    }

    static Optional<Amount> perHead(Amount total, long heads) {
        if (heads <= 0) {
            return Optional.empty();
        }
        long minor = BigDecimal.valueOf(total.minorUnits()).divide(BigDecimal.valueOf(heads), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return Optional.of(Amount.ofMinorUnits(minor, total.currency()));
    }
}
