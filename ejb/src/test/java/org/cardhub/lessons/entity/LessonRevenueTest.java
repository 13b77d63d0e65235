package org.cardhub.lessons.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.lessons.entity.SubscriptionOfferTest.rub;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LessonRevenueTest {

    @Test
    void aPriceThatDoesNotDivideCarriesItsKopecksOnTheLastLesson() {
        LessonRevenue revenue = LessonRevenue.of(rub("1000.00"), 3);

        assertThat(revenue.perLesson()).isEqualTo(rub("333.33"));
        assertThat(revenue.lastLesson()).isEqualTo(rub("333.34"));
        assertThat(revenue.remainder()).isEqualTo(rub("0.01"));
    }

    @Test
    void aPriceThatDividesRecognisesTheSameOnEveryLesson() {
        LessonRevenue revenue = LessonRevenue.of(rub("4000.00"), 8);

        assertThat(revenue.share(false)).isEqualTo(rub("500.00"));
        assertThat(revenue.share(true)).isEqualTo(rub("500.00"));
    }

    @Test
    void moreLessonsThanKopecksRecogniseNothingButOnTheLastLesson() {
        LessonRevenue revenue = LessonRevenue.of(rub("0.05"), 8);

        assertThat(revenue.perLesson()).isEqualTo(rub("0"));
        assertThat(revenue.lastLesson()).isEqualTo(rub("0.05"));
    }

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
