package org.cardhub.limits.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpendingLimitTest {

    private static final Instant NOW = Instant.parse("2025-03-05T09:00:00Z");
    private static final long CARD = 501;

    private static SpendingLimit cardLimit(LimitMeasure measure, LimitPeriod period, long value, String... categories) {
        return new SpendingLimit(100, CARD, measure, period, value, List.of(categories), NOW);
    }

    private static Attempt purchase(long kopecks, long millilitres, String productCode, String category) {
        return new Attempt(kopecks, millilitres, productCode, category, "AZS-7", "RU-77", NOW);
    }

    private static Attempt purchase(long kopecks) {
        return purchase(kopecks, 0, "LUNCH", "CANTEEN");
    }

    private static Usage spent(long kopecks) {
        return new Usage(kopecks, 0, 1);
    }

    @Test
    void aMoneyLimitPerPurchaseApprovesUpToItsValue() {
        SpendingLimit limit = cardLimit(LimitMeasure.MONEY, LimitPeriod.TRANSACTION, 300_000);

        assertThat(limit.check(purchase(300_000), Usage.none())).isEmpty();
        assertThat(limit.check(purchase(300_001), Usage.none())).get()
                .extracting(Decline::reason).isEqualTo(DeclineReason.LIMIT_EXCEEDED);
    }

    @Test
    void aLimitPerPurchaseIgnoresWhatWasSpentBefore() {
        SpendingLimit limit = cardLimit(LimitMeasure.MONEY, LimitPeriod.TRANSACTION, 300_000);

        assertThat(limit.check(purchase(300_000), spent(10_000_000))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = LimitPeriod.class, names = {"DAY", "WEEK", "MONTH"})
    void aMoneyLimitOverAPeriodCountsWhatWasSpentInIt(LimitPeriod period) {
        SpendingLimit limit = cardLimit(LimitMeasure.MONEY, period, 500_000);

        assertThat(limit.check(purchase(80_000), spent(420_000))).isEmpty();
        assertThat(limit.check(purchase(80_001), spent(420_000))).isPresent();
    }

    @ParameterizedTest
    @EnumSource(value = LimitPeriod.class, names = {"DAY", "WEEK", "MONTH"})
    void aVolumeLimitOverAPeriodCountsLitresNotMoney(LimitPeriod period) {
        SpendingLimit limit = cardLimit(LimitMeasure.VOLUME, period, 100_000);
        Usage fortyLitres = new Usage(99_999_999, 40_000, 9);

        assertThat(limit.check(purchase(1, 60_000, "AI95", "FUEL"), fortyLitres)).isEmpty();
        assertThat(limit.check(purchase(1, 60_001, "AI95", "FUEL"), fortyLitres)).isPresent();
    }

    @Test
    void aVolumeLimitPerPurchaseLooksAtThePurchaseAlone() {
        SpendingLimit limit = cardLimit(LimitMeasure.VOLUME, LimitPeriod.TRANSACTION, 60_000);

        assertThat(limit.check(purchase(1, 60_000, "DT", "FUEL"), new Usage(0, 500_000, 10))).isEmpty();
        assertThat(limit.check(purchase(1, 60_001, "DT", "FUEL"), Usage.none())).isPresent();
    }

    @ParameterizedTest
    @EnumSource(value = LimitPeriod.class, names = {"DAY", "WEEK", "MONTH"})
    void aCountLimitCountsPurchasesWhateverTheirSize(LimitPeriod period) {
        SpendingLimit limit = cardLimit(LimitMeasure.COUNT, period, 3);

        assertThat(limit.check(purchase(99_999_999), new Usage(0, 0, 2))).isEmpty();
        assertThat(limit.check(purchase(1), new Usage(0, 0, 3))).isPresent();
    }

    @Test
    void aDeclineNamesTheLimitWhatWasUsedAndWhatIsAsked() {
        SpendingLimit limit = cardLimit(LimitMeasure.MONEY, LimitPeriod.DAY, 500_000);

        Decline decline = limit.check(purchase(100_000), spent(420_000)).orElseThrow();

        assertThat(decline.reason()).isEqualTo(DeclineReason.LIMIT_EXCEEDED);
        assertThat(decline.explanation()).isEqualTo("Card limit 5000.00 RUB a day: 4200.00 RUB used, 1000.00 RUB asked");
    }

    @Test
    void aVolumeDeclineSpeaksInLitres() {
        SpendingLimit limit = new SpendingLimit(100, null, LimitMeasure.VOLUME, LimitPeriod.WEEK, 200_000,
                List.of("fuel"), NOW);

        Decline decline = limit.check(purchase(0, 50_000, "DT", "FUEL"), new Usage(0, 180_500, 4)).orElseThrow();

        assertThat(decline.explanation())
                .isEqualTo("Contract limit 200.000 L a week for FUEL: 180.500 L used, 50.000 L asked");
    }

    @Test
    void aCountDeclineSpeaksInPurchases() {
        SpendingLimit limit = cardLimit(LimitMeasure.COUNT, LimitPeriod.MONTH, 3);

        Decline decline = limit.check(purchase(100), new Usage(5_000, 0, 3)).orElseThrow();

        assertThat(decline.explanation())
                .isEqualTo("Card limit 3 purchase(s) a month: 3 purchase(s) used, 1 purchase(s) asked");
    }

    @Test
    void aCategoryLimitIgnoresOtherCategories() {
        SpendingLimit buffetOnly = cardLimit(LimitMeasure.MONEY, LimitPeriod.DAY, 10_000, "BUFFET");

        assertThat(buffetOnly.appliesTo(purchase(50_000, 0, "LUNCH", "CANTEEN"))).isFalse();
        assertThat(buffetOnly.check(purchase(50_000, 0, "LUNCH", "CANTEEN"), spent(1_000_000))).isEmpty();
    }

    @Test
    void aCategoryLimitCountsItsCategory() {
        SpendingLimit buffetOnly = cardLimit(LimitMeasure.MONEY, LimitPeriod.DAY, 10_000, "BUFFET");

        assertThat(buffetOnly.appliesTo(purchase(50_000, 0, "BUN", "BUFFET"))).isTrue();
        assertThat(buffetOnly.check(purchase(10_001, 0, "BUN", "BUFFET"), Usage.none())).isPresent();
    }

    @Test
    void aCategoryLimitAlsoMatchesAProductCode() {
        SpendingLimit dieselOnly = cardLimit(LimitMeasure.VOLUME, LimitPeriod.DAY, 50_000, "DT");

        assertThat(dieselOnly.appliesTo(purchase(1, 1, "DT", "FUEL"))).isTrue();
        assertThat(dieselOnly.appliesTo(purchase(1, 1, "AI95", "FUEL"))).isFalse();
    }

    @Test
    void categoriesMatchWhateverTheirCase() {
        SpendingLimit buffetOnly = cardLimit(LimitMeasure.MONEY, LimitPeriod.DAY, 10_000, " Buffet ");

        assertThat(buffetOnly.categories()).containsExactly("BUFFET");
        assertThat(buffetOnly.appliesTo(purchase(1, 0, null, "buffet"))).isTrue();
        assertThat(buffetOnly.appliesTo(purchase(1, 0, "bUfFeT", null))).isTrue();
    }

    @Test
    void aLimitWithoutCategoriesAppliesToEverything() {
        SpendingLimit limit = cardLimit(LimitMeasure.MONEY, LimitPeriod.DAY, 10_000);

        assertThat(limit.categories()).isEmpty();
        assertThat(limit.appliesTo(purchase(1, 0, null, null))).isTrue();
    }

    @Test
    void aCountLimitPerPurchaseIsRefused() {
        assertThatThrownBy(() -> cardLimit(LimitMeasure.COUNT, LimitPeriod.TRANSACTION, 1))
                .isInstanceOfSatisfying(InvalidLimitException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.COUNT_PER_PURCHASE));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void aLimitMustBePositive(long value) {
        assertThatThrownBy(() -> cardLimit(LimitMeasure.MONEY, LimitPeriod.DAY, value))
                .isInstanceOfSatisfying(InvalidLimitException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.LIMIT_NOT_POSITIVE));
    }

    @Test
    void changingTheValueReturnsTheOldOne() {
        SpendingLimit limit = cardLimit(LimitMeasure.MONEY, LimitPeriod.DAY, 500_000);

        assertThat(limit.changeValue(300_000)).isEqualTo(500_000);
        assertThat(limit.value()).isEqualTo(300_000);
        assertThat(limit.check(purchase(300_001), Usage.none())).isPresent();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -100})
    void aLimitCannotBeChangedToNothingOrLess(long value) {
        SpendingLimit limit = cardLimit(LimitMeasure.MONEY, LimitPeriod.DAY, 500_000);

        assertThatThrownBy(() -> limit.changeValue(value)).isInstanceOf(InvalidLimitException.class);
        assertThat(limit.value()).isEqualTo(500_000);
    }

    @Test
    void onlyALimitOverAPeriodHasAWindow() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");

        assertThat(cardLimit(LimitMeasure.MONEY, LimitPeriod.TRANSACTION, 1).windowAt(NOW, moscow)).isEmpty();
        Optional<PeriodWindow> day = cardLimit(LimitMeasure.MONEY, LimitPeriod.DAY, 1).windowAt(NOW, moscow);
        assertThat(day).contains(new PeriodWindow(Instant.parse("2025-03-04T21:00:00Z"),
                Instant.parse("2025-03-05T21:00:00Z")));
    }
}
