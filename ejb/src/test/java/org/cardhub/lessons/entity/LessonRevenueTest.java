package org.cardhub.lessons.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.lessons.entity.SubscriptionOfferTest.rub;

import org.junit.jupiter.api.Test;

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
}
