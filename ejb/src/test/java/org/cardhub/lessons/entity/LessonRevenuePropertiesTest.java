package org.cardhub.lessons.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LessonRevenuePropertiesTest {

    @Property(tries = 2000)
    void everyLessonOfASubscriptionTogetherRecogniseExactlyItsPrice(
            @ForAll @LongRange(min = 1, max = 10_000_000_00L) long priceKopecks,
            @ForAll @IntRange(min = 1, max = 500) int lessons) {
        Amount price = Amount.ofMinorUnits(priceKopecks, Currency.RUB);
        LessonRevenue revenue = LessonRevenue.of(price, lessons);

        long total = revenue.perLesson().minorUnits() * (lessons - 1L) + revenue.lastLesson().minorUnits();
        assertThat(total).isEqualTo(priceKopecks);
        assertThat(revenue.remainder().minorUnits()).isBetween(0L, lessons - 1L);
    }
}
