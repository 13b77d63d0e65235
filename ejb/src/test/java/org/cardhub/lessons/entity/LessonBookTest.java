package org.cardhub.lessons.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cardhub.lessons.entity.SubscriptionOfferTest.rub;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class LessonBookTest {

    private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
    private static final SubscriptionOffer FOUR_FOR_A_MONTH = new SubscriptionOffer(4, 30, rub("2000.00"));

    private final LessonBook book = new LessonBook();

    private static LocalDate sep(int day) {
        return LocalDate.of(2026, 9, day);
    }

    @Test
    void aVisitConsumesOneLessonOfTheOldestValidSubscription() {
        book.buy(FOUR_FOR_A_MONTH.sell(2, sep(5)), DebtRule.DEBT_STAYS);
        book.buy(FOUR_FOR_A_MONTH.sell(1, SEP_1), DebtRule.DEBT_STAYS);

        Visit visit = book.visit(10, sep(7));

        assertThat(visit.subscriptionId()).contains(1L);
        assertThat(book.lessonsLeft(1)).isEqualTo(3);
        assertThat(book.lessonsLeft(2)).isEqualTo(4);
    }

    @Test
    void ofTwoSubscriptionsStartingTheSameDayTheFirstBoughtIsConsumedFirst() {
        book.buy(FOUR_FOR_A_MONTH.sell(1, SEP_1), DebtRule.DEBT_STAYS);
        book.buy(FOUR_FOR_A_MONTH.sell(2, SEP_1), DebtRule.DEBT_STAYS);

        assertThat(book.visit(10, sep(2)).subscriptionId()).contains(1L);
    }

    @Test
    void aUsedUpSubscriptionPassesTheNextVisitToTheNextOne() {
        book.buy(new SubscriptionOffer(1, 30, rub("500")).sell(1, SEP_1), DebtRule.DEBT_STAYS);
        book.buy(FOUR_FOR_A_MONTH.sell(2, SEP_1), DebtRule.DEBT_STAYS);

        book.visit(10, sep(2));
        Visit second = book.visit(11, sep(3));

        assertThat(second.subscriptionId()).contains(2L);
        assertThat(book.lessonsLeft(1)).isZero();
    }

    @Test
    void theSameLessonMarkedTwiceIsRefusedAndNothingChanges() {
        book.buy(FOUR_FOR_A_MONTH.sell(1, SEP_1), DebtRule.DEBT_STAYS);
        book.visit(10, sep(2));

        assertThatThrownBy(() -> book.visit(10, sep(2)))
                .isInstanceOfSatisfying(InvalidVisitException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(InvalidVisitException.Code.ALREADY_MARKED);
                    assertThat(refusal.lessonId()).isEqualTo(10);
                });
        assertThat(book.lessonsLeft(1)).isEqualTo(3);
        assertThat(book.history()).hasSize(1);
    }

    @Test
    void withNoSubscriptionTheLessonGoesIntoDebt() {
        Visit visit = book.visit(10, sep(2));

        assertThat(visit.isInDebt()).isTrue();
        assertThat(book.lessonsInDebt()).containsExactly(visit);
    }

    @Test
    void aSubscriptionNotYetValidOnTheLessonsDateDoesNotPayForIt() {
        book.buy(FOUR_FOR_A_MONTH.sell(1, sep(10)), DebtRule.DEBT_STAYS);

        assertThat(book.visit(10, sep(9)).isInDebt()).isTrue();
        assertThat(book.lessonsLeft(1)).isEqualTo(4);
    }

    @Test
    void aLessonAfterTheSubscriptionsLastDayGoesIntoDebt() {
        book.buy(FOUR_FOR_A_MONTH.sell(1, SEP_1), DebtRule.DEBT_STAYS);

        assertThat(book.visit(10, sep(30)).isInDebt()).isFalse();
        assertThat(book.visit(11, LocalDate.of(2026, 10, 1)).isInDebt()).isTrue();
    }

    @Test
    void anExpiredSubscriptionsUnusedLessonsAreNeverConsumedEvenByALateMarkedVisit() {
        book.buy(FOUR_FOR_A_MONTH.sell(1, SEP_1), DebtRule.DEBT_STAYS);

        List<Subscription> expired = book.passTime(LocalDate.of(2026, 10, 1));
        Visit lateMarked = book.visit(10, sep(29));

        assertThat(expired).extracting(Subscription::id).containsExactly(1L);
        assertThat(lateMarked.isInDebt()).isTrue();
        assertThat(book.lessonsLeft(1)).isEqualTo(4);
    }

    @Test
    void aCancelledVisitGivesItsLessonBackToTheSubscriptionItConsumed() {
        book.buy(FOUR_FOR_A_MONTH.sell(1, SEP_1), DebtRule.DEBT_STAYS);
        book.visit(10, sep(2));

        Visit cancelled = book.cancel(10);

        assertThat(cancelled.subscriptionId()).contains(1L);
        assertThat(book.lessonsLeft(1)).isEqualTo(4);
        assertThat(book.history()).isEmpty();
    }

    @Test
    void aCancelledVisitInDebtRemovesTheDebt() {
        book.visit(10, sep(2));

        book.cancel(10);

        assertThat(book.lessonsInDebt()).isEmpty();
    }

    @Test
    void cancellingALessonNotMarkedIsRefused() {
        assertThatThrownBy(() -> book.cancel(10))
                .isInstanceOfSatisfying(InvalidVisitException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(InvalidVisitException.Code.NOT_MARKED));
    }

    @Test
    void aSubscriptionBoughtSettlesTheDebtsWithinItsValidityOldestFirstWhenTheProgrammeSaysSo() {
        book.visit(12, sep(4));
        book.visit(11, sep(3));
        book.visit(10, sep(2));

        List<Visit> settled = book.buy(new SubscriptionOffer(2, 30, rub("1000")).sell(1, SEP_1),
                DebtRule.NEXT_SUBSCRIPTION_SETTLES);

        assertThat(settled).extracting(Visit::lessonId).containsExactly(10L, 11L);
        assertThat(book.lessonsInDebt()).extracting(Visit::lessonId).containsExactly(12L);
        assertThat(book.lessonsLeft(1)).isZero();
    }

    @Test
    void aSubscriptionBoughtLeavesDebtsFromBeforeItsFirstDay() {
        book.visit(10, LocalDate.of(2026, 8, 31));
        book.visit(11, sep(2));

        List<Visit> settled = book.buy(FOUR_FOR_A_MONTH.sell(1, SEP_1), DebtRule.NEXT_SUBSCRIPTION_SETTLES);

        assertThat(settled).extracting(Visit::lessonId).containsExactly(11L);
        assertThat(book.lessonsInDebt()).extracting(Visit::lessonId).containsExactly(10L);
    }

    @Test
    void underAProgrammeThatKeepsDebtsASubscriptionBoughtSettlesNone() {
        book.visit(10, sep(2));

        assertThat(book.buy(FOUR_FOR_A_MONTH.sell(1, SEP_1), DebtRule.DEBT_STAYS)).isEmpty();
        assertThat(book.lessonsInDebt()).hasSize(1);
        assertThat(book.lessonsLeft(1)).isEqualTo(4);
    }

    @Test
    void theSameSubscriptionBoughtTwiceIsRefused() {
        book.buy(FOUR_FOR_A_MONTH.sell(1, SEP_1), DebtRule.DEBT_STAYS);

        assertThatThrownBy(() -> book.buy(FOUR_FOR_A_MONTH.sell(1, sep(2)), DebtRule.DEBT_STAYS))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class, refusal -> assertThat(refusal.code())
                        .isEqualTo(InvalidSubscriptionException.Code.ALREADY_BOUGHT));
        assertThat(book.subscriptions()).hasSize(1);
    }

    @Test
    void aSubscriptionEndedBeforeTodayCannotBeBought() {
        book.passTime(LocalDate.of(2026, 10, 15));

        assertThatThrownBy(() -> book.buy(FOUR_FOR_A_MONTH.sell(1, SEP_1), DebtRule.DEBT_STAYS))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class, refusal -> assertThat(refusal.code())
                        .isEqualTo(InvalidSubscriptionException.Code.ALREADY_ENDED));
        assertThat(book.subscriptions()).isEmpty();
    }

    @Test
    void payingASubscriptionNotInTheBookIsRefused() {
        assertThatThrownBy(() -> book.pay(9, rub("100")))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class, refusal -> assertThat(refusal.code())
                        .isEqualTo(InvalidSubscriptionException.Code.UNKNOWN));
    }

    @Test
    void subscriptionsPaidLessThanTheirPriceAreDue() {
        book.buy(FOUR_FOR_A_MONTH.sell(1, SEP_1), DebtRule.DEBT_STAYS);
        book.buy(FOUR_FOR_A_MONTH.sell(2, SEP_1), DebtRule.DEBT_STAYS);

        book.pay(1, rub("2000.00"));
        book.pay(2, rub("1200.00"));

        assertThat(book.paymentDue()).extracting(Subscription::id).containsExactly(2L);
        assertThat(book.paymentDue().get(0).paymentDue()).isEqualTo(rub("800.00"));
    }

    @Test
    void endingSoonListsOnlyTheSubscriptionsNearTheirEnd() {
        book.buy(FOUR_FOR_A_MONTH.sell(1, SEP_1), DebtRule.DEBT_STAYS);
        book.buy(FOUR_FOR_A_MONTH.sell(2, sep(20)), DebtRule.DEBT_STAYS);
        book.visit(10, sep(2));
        book.visit(11, sep(3));

        assertThat(book.endingSoon(sep(4))).extracting(Subscription::id).containsExactly(1L);
        assertThat(book.endingSoon(LocalDate.of(2026, 10, 12))).extracting(Subscription::id).containsExactly(2L);
    }

    @Test
    void theHistoryShowsEveryVisitEarliestFirstWithTheSubscriptionThatPaid() {
        book.buy(new SubscriptionOffer(1, 30, rub("500")).sell(1, SEP_1), DebtRule.DEBT_STAYS);
        book.visit(11, sep(9));
        book.visit(10, sep(2));

        assertThat(book.history()).extracting(Visit::lessonId, visit -> visit.subscriptionId().orElse(null))
                .containsExactly(tuple(10L, null), tuple(11L, 1L));
    }

    @Test
    void aVisitRecognisesItsLessonsShareAndItsCancellationReversesIt() {
        book.buy(new SubscriptionOffer(3, 30, rub("1000.00")).sell(1, SEP_1), DebtRule.DEBT_STAYS);

        Visit visit = book.visit(10, sep(2));
        assertThat(visit.paidFrom().orElseThrow().revenue()).isEqualTo(rub("333.33"));
        assertThat(book.recognisedRevenue()).isEqualTo(rub("333.33"));

        book.cancel(10);
        assertThat(book.recognisedRevenue()).isEqualTo(rub("0"));
    }

    @Test
    void allLessonsConsumedRecogniseExactlyThePrice() {
        book.buy(new SubscriptionOffer(3, 30, rub("1000.00")).sell(1, SEP_1), DebtRule.DEBT_STAYS);

        book.visit(10, sep(2));
        book.visit(11, sep(3));
        Visit last = book.visit(12, sep(4));

        assertThat(last.paidFrom().orElseThrow().revenue()).isEqualTo(rub("333.34"));
        assertThat(book.recognisedRevenue()).isEqualTo(rub("1000.00"));
    }
}
