package org.cardhub.lessons.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.lessons.entity.SubscriptionOfferTest.rub;

import org.cardhub.lessons.entity.InvalidSubscriptionException.Code;
import org.junit.jupiter.api.Test;

import java.util.List;

class GroupPricingTest {

    @Test
    void aGroupPaidByTheLessonCostsItsPriceTimesTheLessons() {
        assertThat(new GroupPricing.PerLesson(rub("450.50")).costOf(3)).isEqualTo(rub("1351.50"));
    }

    @Test
    void aCoursePaidInPartHasTheRestDueAndNothingOncePaidInFull() {
        GroupPricing.WholeCourse course = new GroupPricing.WholeCourse(rub("10000"));

        assertThat(course.dueAfter(rub("5000"))).isEqualTo(rub("5000"));
        assertThat(course.dueAfter(rub("10000"))).isEqualTo(rub("0"));
    }

    @Test
    void aLessonOrCoursePriceOfZeroOrBelowIsRefused() {
        assertThatThrownBy(() -> new GroupPricing.PerLesson(rub("0")))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(Code.PRICE_NOT_POSITIVE));
        assertThatThrownBy(() -> new GroupPricing.WholeCourse(rub("-1")))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(Code.PRICE_NOT_POSITIVE));
    }

    @Test
    void aGroupSoldBySubscriptionsWithoutAnOfferIsRefused() {
        assertThatThrownBy(() -> new GroupPricing.Subscriptions(List.of()))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(Code.NO_OFFERS));
    }

    @Test
    void aGroupSoldBySubscriptionsKeepsItsOffersInOrder() {
        SubscriptionOffer four = new SubscriptionOffer(4, 30, rub("2000"));
        SubscriptionOffer eight = new SubscriptionOffer(8, 45, rub("3600"));

        assertThat(new GroupPricing.Subscriptions(List.of(four, eight)).offers()).containsExactly(four, eight);
    }
}
