package org.cardhub.lessons.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.lessons.entity.SubscriptionOfferTest.rub;

import org.cardhub.lessons.entity.InvalidSubscriptionException.Code;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class SubscriptionTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);

    private static Subscription eightLessonsForSeptember() {
        return new Subscription(1, 8, FIRST, LocalDate.of(2026, 9, 30), rub("1000.00"));
    }

    @Test
    void aPartPaymentLeavesTheRestDue() {
        Subscription subscription = eightLessonsForSeptember();

        subscription.pay(rub("600.00"));

        assertThat(subscription.isPaymentDue()).isTrue();
        assertThat(subscription.paymentDue()).isEqualTo(rub("400.00"));
    }

    @Test
    void paymentsThatReachThePriceLeaveNothingDue() {
        Subscription subscription = eightLessonsForSeptember();

        subscription.pay(rub("600.00"));
        subscription.pay(rub("400.00"));

        assertThat(subscription.isPaymentDue()).isFalse();
        assertThat(subscription.paymentDue()).isEqualTo(rub("0"));
    }

    @Test
    void aPaymentBeyondWhatIsDueIsRefusedAndNothingIsPaid() {
        Subscription subscription = eightLessonsForSeptember();
        subscription.pay(rub("600.00"));

        assertThatThrownBy(() -> subscription.pay(rub("400.01")))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(Code.OVERPAID));
        assertThat(subscription.paid()).isEqualTo(rub("600.00"));
    }

    @Test
    void aPaymentOfZeroIsRefused() {
        assertThatThrownBy(() -> eightLessonsForSeptember().pay(rub("0")))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(Code.PAYMENT_NOT_POSITIVE));
    }

    @Test
    void withTwoLessonsLeftItIsEndingSoonHoweverFarItsEnd() {
        Subscription subscription = eightLessonsForSeptember();
        for (int lesson = 0; lesson < 6; lesson++) {
            subscription.consumeFor(FIRST);
        }

        assertThat(subscription.lessonsLeft()).isEqualTo(2);
        assertThat(subscription.isEndingSoon(FIRST)).isTrue();
    }

    @Test
    void withThreeLessonsLeftAndEightDaysToGoItIsNotEndingSoon() {
        Subscription subscription = eightLessonsForSeptember();
        for (int lesson = 0; lesson < 5; lesson++) {
            subscription.consumeFor(FIRST);
        }

        assertThat(subscription.isEndingSoon(LocalDate.of(2026, 9, 22))).isFalse();
    }

    @Test
    void sevenDaysBeforeItsLastDayItIsEndingSoonWithAllItsLessons() {
        Subscription subscription = eightLessonsForSeptember();

        assertThat(subscription.isEndingSoon(LocalDate.of(2026, 9, 23))).isTrue();
        assertThat(subscription.isEndingSoon(LocalDate.of(2026, 9, 30))).isTrue();
    }

    @Test
    void anEndedExpiredOrUsedUpSubscriptionIsNotEndingSoon() {
        Subscription usedUp = new Subscription(2, 1, FIRST, LocalDate.of(2026, 9, 30), rub("100"));
        usedUp.consumeFor(FIRST);
        Subscription expired = eightLessonsForSeptember();
        expired.expireAsOf(LocalDate.of(2026, 10, 1));

        assertThat(usedUp.isEndingSoon(LocalDate.of(2026, 9, 29))).isFalse();
        assertThat(expired.isEndingSoon(LocalDate.of(2026, 9, 29))).isFalse();
        assertThat(eightLessonsForSeptember().isEndingSoon(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    void itExpiresOnlyOnceTheDayAfterItsLastHasCome() {
        Subscription subscription = eightLessonsForSeptember();

        assertThat(subscription.expireAsOf(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(subscription.expireAsOf(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(subscription.expireAsOf(LocalDate.of(2026, 10, 2))).isFalse();
        assertThat(subscription.isExpired()).isTrue();
        assertThat(subscription.canPayFor(LocalDate.of(2026, 9, 15))).isFalse();
    }

    @Test
    void theLessonThatUsesItUpRecognisesTheLeftoverKopecks() {
        Subscription subscription = new Subscription(3, 3, FIRST, LocalDate.of(2026, 9, 30), rub("1000.00"));

        Consumption first = subscription.consumeFor(FIRST);
        subscription.consumeFor(FIRST);
        Consumption last = subscription.consumeFor(FIRST);

        assertThat(first.revenue()).isEqualTo(rub("333.33"));
        assertThat(last.revenue()).isEqualTo(rub("333.34"));
        assertThat(last.lastShare()).isTrue();
        assertThat(subscription.recognisedRevenue()).isEqualTo(rub("1000.00"));
    }

    @Test
    void givingBackAnOrdinaryLessonWhileTheLastShareStaysDoesNotRecogniseTheLeftoverTwice() {
        Subscription subscription = new Subscription(3, 3, FIRST, LocalDate.of(2026, 9, 30), rub("1000.00"));
        Consumption first = subscription.consumeFor(FIRST);
        subscription.consumeFor(FIRST);
        subscription.consumeFor(FIRST);

        subscription.giveBack(first);
        Consumption again = subscription.consumeFor(FIRST);

        assertThat(again.revenue()).isEqualTo(rub("333.33"));
        assertThat(again.lastShare()).isFalse();
        assertThat(subscription.recognisedRevenue()).isEqualTo(rub("1000.00"));
    }
}
