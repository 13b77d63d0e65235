package org.cardhub.money;

import static org.cardhub.money.InvalidAmountException.Code.AMOUNT_FORMAT;
import static org.cardhub.money.InvalidAmountException.Code.AMOUNT_NOT_POSITIVE;
import static org.cardhub.money.InvalidAmountException.Code.AMOUNT_SCALE;
import static org.cardhub.money.InvalidAmountException.Code.AMOUNT_TOO_LARGE;
import static org.cardhub.money.InvalidAmountException.Code.CURRENCY_MISMATCH;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * An exact quantity of one {@link Currency}, held as a whole number of minor units.
 * Signed: balances and corrections may be negative; operation amounts come from {@link #positive}.
 * Arithmetic never rounds and never wraps; it refuses to mix currencies.
 */
public record Amount(long minorUnits, Currency currency) implements Comparable<Amount>, Serializable {

    /** The largest magnitude in whole units (a trillion roubles, litres or points). */
    public static final long MAX_UNITS = 1_000_000_000_000L;

    // Plain decimal only: no sign other than a leading minus, no exponent, no grouping, no blanks.
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    public Amount {
        Objects.requireNonNull(currency, "currency");
        long max = maxMinorUnits(currency);
        // Compared on both sides: Math.abs(Long.MIN_VALUE) is still negative.
        if (minorUnits > max || minorUnits < -max) {
            throw tooLarge(currency);
        }
    }

    public static Amount ofMinorUnits(long minorUnits, Currency currency) {
        return new Amount(minorUnits, currency);
    }

    public static Amount zero(Currency currency) {
        return new Amount(0, currency);
    }

    /**
     * Parses a plain decimal such as {@code "1500.00"}, {@code "40.000"}, {@code "7"} or {@code "-3.5"}.
     * Fewer decimals than the currency's scale are fine; more are refused, even trailing zeros.
     */
    public static Amount parse(String decimal, Currency currency) {
        Objects.requireNonNull(currency, "currency");
        if (decimal == null || !PLAIN_DECIMAL.matcher(decimal).matches()) {
            throw new InvalidAmountException(AMOUNT_FORMAT,
                    "Not a plain decimal amount: " + (decimal == null ? "null" : "'" + decimal + "'"));
        }
        BigDecimal value = new BigDecimal(decimal);
        if (value.scale() > currency.scale()) {
            throw new InvalidAmountException(AMOUNT_SCALE, "An amount in " + currency + " has at most "
                    + currency.scale() + " decimals: '" + decimal + "'");
        }
        BigDecimal minor = value.movePointRight(currency.scale());
        if (minor.abs().compareTo(BigDecimal.valueOf(maxMinorUnits(currency))) > 0) {
            throw tooLarge(currency);
        }
        return new Amount(minor.longValueExact(), currency);
    }

    /** Parses an operation amount (top-up, purchase, transfer): it must be greater than zero. */
    public static Amount positive(String decimal, Currency currency) {
        return parse(decimal, currency).requirePositive();
    }

    public static Amount positive(long minorUnits, Currency currency) {
        return new Amount(minorUnits, currency).requirePositive();
    }

    public Amount plus(Amount other) {
        requireSameCurrency(other);
        return new Amount(exact(() -> Math.addExact(minorUnits, other.minorUnits)), currency);
    }

    public Amount minus(Amount other) {
        requireSameCurrency(other);
        return new Amount(exact(() -> Math.subtractExact(minorUnits, other.minorUnits)), currency);
    }

    public Amount negate() {
        return new Amount(exact(() -> Math.negateExact(minorUnits)), currency);
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    @Override
    public int compareTo(Amount other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    public boolean isGreaterThan(Amount other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Amount other) {
        return compareTo(other) < 0;
    }

    /** The value in whole units with exactly the currency's scale, e.g. {@code 1500.00}. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(minorUnits, currency.scale());
    }

    /** E.g. {@code "1500.00"} for roubles or {@code "40.000"} for litres; never exponent notation. */
    public String toPlainString() {
        return toBigDecimal().toPlainString();
    }

    @Override
    public String toString() {
        return toPlainString() + " " + currency;
    }

    private Amount requirePositive() {
        if (!isPositive()) {
            throw new InvalidAmountException(AMOUNT_NOT_POSITIVE,
                    "An operation amount must be greater than zero, was " + this);
        }
        return this;
    }

    private void requireSameCurrency(Amount other) {
        Objects.requireNonNull(other, "other amount");
        if (other.currency != currency) {
            throw new InvalidAmountException(CURRENCY_MISMATCH,
                    "Cannot combine " + currency + " with " + other.currency);
        }
    }

    // The bound check in the constructor already keeps sums far from Long's range; exact arithmetic
    // guarantees a wrap can never slip through should the bound ever be raised.
    private long exact(LongSupplier operation) {
        try {
            return operation.getAsLong();
        } catch (ArithmeticException overflow) {
            throw tooLarge(currency);
        }
    }

    private static long maxMinorUnits(Currency currency) {
        return MAX_UNITS * currency.minorUnitsPerUnit();
    }

    private static InvalidAmountException tooLarge(Currency currency) {
        return new InvalidAmountException(AMOUNT_TOO_LARGE,
                "An amount in " + currency + " is limited to " + MAX_UNITS + " whole units");
    }
}
