package org.cardhub.lessons.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cardhub.lessons.entity.InvalidSubscriptionException.Code;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class SubscriptionOfferTest {

    static Amount rub(String decimal) {
        return Amount.parse(decimal, Currency.RUB);
    }

    @Test
    void anOfferSellsASubscriptionWhoseLastDayIsIncluded() {
        Subscription sold = new SubscriptionOffer(8, 30, rub("4000.00")).sell(7, LocalDate.of(2026, 9, 1));

        assertThat(sold.validFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(sold.validUntil()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(sold.lessonsBought()).isEqualTo(8);
        assertThat(sold.lessonsLeft()).isEqualTo(8);
        assertThat(sold.price()).isEqualTo(rub("4000.00"));
        assertThat(sold.paid()).isEqualTo(rub("0"));
    }

    @Test
    void aOneDayOfferIsValidOnItsFirstDayOnly() {
        Subscription sold = new SubscriptionOffer(1, 1, rub("500")).sell(1, LocalDate.of(2026, 9, 1));

        assertThat(sold.isValidOn(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(sold.isValidOn(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(sold.isValidOn(LocalDate.of(2026, 8, 31))).isFalse();
    }

    @Test
    void anOfferOfZeroLessonsIsRefused() {
        assertThatThrownBy(() -> new SubscriptionOffer(0, 30, rub("1000")))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(Code.LESSONS_NOT_POSITIVE));
    }

    @Test
    void anOfferValidForNoDaysIsRefused() {
        assertThatThrownBy(() -> new SubscriptionOffer(4, 0, rub("1000")))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(Code.DAYS_NOT_POSITIVE));
    }

    @Test
    void anOfferOfNegativeOrZeroPriceIsRefused() {
        for (String price : List.of("-1000.00", "0")) {
            assertThatThrownBy(() -> new SubscriptionOffer(4, 30, rub(price)))
                    .isInstanceOfSatisfying(InvalidSubscriptionException.class,
                            refusal -> assertThat(refusal.code()).isEqualTo(Code.PRICE_NOT_POSITIVE));
        }
    }

    @Test
    void anOfferPricedInAnythingButRoublesIsRefused() {
        assertThatThrownBy(() -> new SubscriptionOffer(4, 30, Amount.parse("10", Currency.POINTS)))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(Code.NOT_ROUBLES));
    }

    @Test
    void aSubscriptionEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new Subscription(1, 4, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1), rub("100")))
                .isInstanceOfSatisfying(InvalidSubscriptionException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(Code.DAYS_NOT_POSITIVE));
    }
}
