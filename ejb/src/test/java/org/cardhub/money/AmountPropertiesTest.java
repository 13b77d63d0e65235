package org.cardhub.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AmountPropertiesTest {

    @Property
    void addingThenSubtractingTheSameAmountGivesTheOriginal(@ForAll("halfRangeRoubles") Amount a,
                                                            @ForAll("halfRangeRoubles") Amount b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
    }

    @Property
    void additionIsCommutative(@ForAll("halfRangeRoubles") Amount a, @ForAll("halfRangeRoubles") Amount b) {
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property
    void additionIsAssociative(@ForAll("thirdRangeRoubles") Amount a, @ForAll("thirdRangeRoubles") Amount b,
                               @ForAll("thirdRangeRoubles") Amount c) {
        assertThat(a.plus(b.plus(c))).isEqualTo(a.plus(b).plus(c));
    }

    @Property
    void anAmountMinusItselfIsZeroAndNegatingTwiceIsIdentity(@ForAll("anyAmount") Amount a) {
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(a.negate().negate()).isEqualTo(a);
        assertThat(a.plus(a.negate())).isEqualTo(Amount.zero(a.currency()));
    }

    @Property
    void signOfTheNegationIsOpposite(@ForAll("anyAmount") Amount a) {
        assertThat(a.negate().isNegative()).isEqualTo(a.isPositive());
        assertThat(a.negate().isZero()).isEqualTo(a.isZero());
    }

    @Property
    void orderFollowsTheMinorUnits(@ForAll("halfRangeRoubles") Amount a, @ForAll("halfRangeRoubles") Amount b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.signum(a.minorUnits() - b.minorUnits()));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Property
    void parsingThePlainStringGivesTheSameAmount(@ForAll("anyAmount") Amount x) {
        String plain = x.toPlainString();

        assertThat(Amount.parse(plain, x.currency())).isEqualTo(x);
        assertThat(plain).matches("-?[0-9]+\\.[0-9]{" + x.currency().scale() + "}");
    }

    @Property
    void oneMoreDecimalThanTheScaleIsAlwaysRefused(@ForAll("anyAmount") Amount x,
                                                    @ForAll @IntRange(min = 0, max = 9) int extraDigit) {
        String overPrecise = x.toPlainString() + extraDigit;

        assertRefused(() -> Amount.parse(overPrecise, x.currency()), InvalidAmountException.Code.AMOUNT_SCALE);
    }

    @Property
    void exponentNotationIsAlwaysRefused(@ForAll("anyAmount") Amount x, @ForAll @IntRange(min = -5, max = 5) int exp) {
        assertRefused(() -> Amount.parse(x.toPlainString() + "e" + exp, x.currency()),
                InvalidAmountException.Code.AMOUNT_FORMAT);
    }

    @Property
    void positiveAcceptsExactlyTheAmountsAboveZero(@ForAll("anyAmount") Amount x) {
        if (x.isPositive()) {
            assertThat(Amount.positive(x.toPlainString(), x.currency())).isEqualTo(x);
        } else {
            assertRefused(() -> Amount.positive(x.toPlainString(), x.currency()),
                    InvalidAmountException.Code.AMOUNT_NOT_POSITIVE);
        }
    }

    @Property
    void sumsBeyondTheMaximumAreRefusedNeverWrapped(@ForAll("anyAmount") Amount a) {
        Amount max = Amount.ofMinorUnits(Amount.MAX_UNITS * a.currency().minorUnitsPerUnit(), a.currency());
        Amount towardsTheEdge = a.isNegative() ? max.negate() : max;

        if (a.isZero()) {
            assertThat(towardsTheEdge.plus(a)).isEqualTo(towardsTheEdge);
        } else {
            assertRefused(() -> towardsTheEdge.plus(a), InvalidAmountException.Code.AMOUNT_TOO_LARGE);
        }
    }

    @Provide
    Arbitrary<Amount> anyAmount() {
        return Arbitraries.of(Currency.class).flatMap(currency -> {
            long max = Amount.MAX_UNITS * currency.minorUnitsPerUnit();
            return Arbitraries.longs().between(-max, max)
                    .map(minor -> Amount.ofMinorUnits(minor, currency));
        });
    }

    @Provide
    Arbitrary<Amount> halfRangeRoubles() {
        return roublesUpTo(Amount.MAX_UNITS * Currency.RUB.minorUnitsPerUnit() / 2);
    }

    @Provide
    Arbitrary<Amount> thirdRangeRoubles() {
        return roublesUpTo(Amount.MAX_UNITS * Currency.RUB.minorUnitsPerUnit() / 3);
    }

    private static Arbitrary<Amount> roublesUpTo(long bound) {
        return Arbitraries.longs().between(-bound, bound).map(minor -> Amount.ofMinorUnits(minor, Currency.RUB));
    }
}
