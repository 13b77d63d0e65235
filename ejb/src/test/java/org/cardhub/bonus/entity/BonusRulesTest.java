package org.cardhub.bonus.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

class BonusRulesTest {

    private static final BonusRules KARI = BonusRules.KARI;

    static Amount points(String value) {
        return Amount.parse(value, Currency.POINTS);
    }

    static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    @Test
    void aPurchaseInTheNetworkEarnsTenPercentRoundedDownToTheHundredthOfAPoint() {
        assertThat(KARI.pointsFor(List.of(PurchaseLine.of("Обувь", "1234.56")), true)).isEqualTo(points("123.45"));
    }

    @Test
    void aPurchaseOutsideTheNetworkEarnsCashbackOfThreePointOnePercentRoundedDown() {
        assertThat(KARI.pointsFor(List.of(PurchaseLine.of("Кафе", "1000.00")), false)).isEqualTo(points("31.00"));
        assertThat(KARI.pointsFor(List.of(PurchaseLine.of("Кафе", "999.99")), false)).isEqualTo(points("30.99"));
    }

    @Test
    void theCheckIsRoundedOnceNotLineByLine() {
        // 4 × 0.05 ₽ at 10 % is 0.02 points; line by line each 0.005 would round to nothing.
        List<PurchaseLine> lines = List.of(PurchaseLine.of("Носки", "0.05"), PurchaseLine.of("Носки", "0.05"),
                PurchaseLine.of("Носки", "0.05"), PurchaseLine.of("Носки", "0.05"));

        assertThat(KARI.pointsFor(lines, true)).isEqualTo(points("0.02"));
    }

    @Test
    void linesOfExcludedCategoriesEarnNothingWhateverTheirCaseOrBlanks() {
        List<PurchaseLine> lines = List.of(PurchaseLine.of("Обувь", "2000.00"), PurchaseLine.of("Гигиена", "500.00"),
                PurchaseLine.of(" питание ", "300.00"), PurchaseLine.of("СУПЕРЦЕНА", "99.90"));

        assertThat(KARI.pointsFor(lines, true)).isEqualTo(points("200.00"));
    }

    @Test
    void theExcludedCategoriesAreData() {
        BonusRules noExclusions = new BonusRules(1000, 310, Set.of(), 3, 3, 3000, 14);

        assertThat(noExclusions.pointsFor(List.of(PurchaseLine.of("Гигиена", "500.00")), true)).isEqualTo(points("50.00"));
    }

    @Test
    void pointsMayPayAtMostThirtyPercentOfAPurchaseRoundedDown() {
        assertThat(KARI.maxPointsFor(rub("1000.01"))).isEqualTo(points("300.00"));
        assertThat(KARI.maxPointsFor(rub("0.03"))).isEqualTo(points("0.00"));
    }

    @Test
    void pointsArePendingThreeDaysAndExpireThreeMonthsAfterTheyWereEarned() {
        LocalDate earned = LocalDate.of(2026, 11, 30);

        assertThat(KARI.spendableFrom(earned)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(KARI.expiresOn(earned)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void pointsExpiringWithinFourteenDaysAreExpiringSoon() {
        LocalDate today = LocalDate.of(2026, 3, 1);

        assertThat(KARI.isExpiringSoon(today.plusDays(14), today)).isTrue();
        assertThat(KARI.isExpiringSoon(today.plusDays(15), today)).isFalse();
    }

    @Test
    void rulesThatCannotWorkAreRefused() {
        assertThatThrownBy(() -> new BonusRules(10_001, 310, Set.of(), 3, 3, 3000, 14))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.RULES_INVALID);
        assertThatThrownBy(() -> new BonusRules(1000, -1, Set.of(), 3, 3, 3000, 14))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.RULES_INVALID);
        assertThatThrownBy(() -> new BonusRules(1000, 310, Set.of(), 31, 1, 3000, 14))
                .as("points that would expire before they became spendable")
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.RULES_INVALID);
    }

    @Test
    void aLineWithoutACategoryOrWithAPriceNotPositiveRoublesIsRefused() {
        assertThatThrownBy(() -> PurchaseLine.of(" ", "10.00"))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.PURCHASE_INVALID);
        assertThatThrownBy(() -> PurchaseLine.of("Обувь", "-10.00"))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.PURCHASE_INVALID);
        assertThatThrownBy(() -> new PurchaseLine("Обувь", points("10.00")))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.PURCHASE_INVALID);
        assertThatThrownBy(() -> KARI.pointsFor(List.of(), true))
                .hasFieldOrPropertyWithValue("code", BonusRefusal.Code.PURCHASE_INVALID);
    }
}
