package org.cardhub.payments.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The programme's commission is taken from each meal on its own, half-up to the kopeck, and the meals' commissions are
 * added up; the supplier's share is the rest, so commission and share always make the sales.
 */
class CanteenSplitTest {

    @ParameterizedTest(name = "{0} kopecks at {1} bp: {2}")
    @CsvSource({
            "9500, 750, 713",      // 7,125 up
            "12050, 750, 904",     // 9,0375 up
            "3000, 750, 225",      // exact
            "10, 500, 1",          // 0,5 up
            "9, 500, 0",           // 0,45 down
            "-9500, 750, -713",    // a reversal: the sale's, negated
            "-10, 500, -1",
            "12345, 0, 0",
            "12345, 10000, 12345"})
    void aMealsCommissionIsHalfUpToTheKopeck(long amount, int basisPoints, long commission) {
        assertThat(CanteenSplit.commissionOf(amount, basisPoints)).isEqualTo(commission);
    }

    @Test
    void theDaysCommissionIsTheSumOfTheMealsNotTheCommissionOfTheSum() {
        CanteenSplit day = CanteenSplit.none(750).plus(9500).plus(12050);

        assertThat(day.salesMinor()).isEqualTo(21550);
        assertThat(day.commissionMinor()).isEqualTo(1617).isNotEqualTo(CanteenSplit.commissionOf(21550, 750));
        assertThat(day.shareMinor()).isEqualTo(19933);
        assertThat(day.meals()).isEqualTo(2);
    }

    @Test
    void aReversalTakesBackExactlyItsSalesSplitAndItsMeal() {
        CanteenSplit sold = CanteenSplit.none(750).plus(4500);
        CanteenSplit takenBack = sold.plus(-4500);

        assertThat(takenBack).isEqualTo(CanteenSplit.none(750));
        assertThat(takenBack.movesMoney()).isFalse();
        assertThat(CanteenSplit.none(750).plus(-4500).shareMinor()).isEqualTo(-4500 + 338);
    }

    @Test
    void commissionAndShareAlwaysMakeTheSales() {
        CanteenSplit split = CanteenSplit.none(333);
        for (long amount : List.of(1L, 2L, 3L, 15L, 16L, 1999L, -16L, 123456L, -1L, 7L)) {
            split = split.plus(amount);
            assertThat(split.commissionMinor() + split.shareMinor()).isEqualTo(split.salesMinor());
        }
        assertThat(split.meals()).isEqualTo(6);
    }

    @Test
    void aSplitIsRefusedWhatCannotBe() {
        assertThatThrownBy(() -> CanteenSplit.none(10_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CanteenSplit(750, 100, 8, 93, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanteenSplit.none(750).plus(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSettlementIsOnceASchoolAndDayAndNeverBeforeTheDayHasEndedInTheSchoolsZone() {
        ZoneId vladivostok = ZoneId.of("Asia/Vladivostok");
        LocalDate since = LocalDate.of(2026, 9, 1);
        CanteenPayout payout = new CanteenPayout(7, "Школа № 7", 70, 8, 80, 750, since, vladivostok, LocalDate.of(2026, 12, 7));

        assertThat(payout.operationKey()).isEqualTo(new OperationKey("canteen-settlement", "7/2026-12-07"));
        assertThat(payout.dayEnd()).hasToString("2026-12-07T14:00:00Z");
        assertThat(payout.description()).isEqualTo("Расчёт за питание за 07.12.2026: Школа № 7");
        assertThat(payout.earliestUnsettled(null)).isEqualTo(since.atStartOfDay(vladivostok).toInstant());
        assertThat(payout.earliestUnsettled(LocalDate.of(2026, 12, 6)))
                .isEqualTo(LocalDate.of(2026, 11, 1).atStartOfDay(vladivostok).toInstant());
        assertThat(payout.earliestUnsettled(LocalDate.of(2026, 9, 20))).as("never before the supplier's first day")
                .isEqualTo(since.atStartOfDay(vladivostok).toInstant());
        assertThatThrownBy(() -> new CanteenPayout(7, "Школа № 7", 70, 8, 80, 750, since, vladivostok, since.minusDays(1)))
                .isInstanceOfSatisfying(InvalidOperationException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidOperationException.Code.RANGE_INVALID));
    }

    @Test
    void theCanteensSalesAreItsCategoriesOfSale() {
        assertThat(CanteenSale.isCanteen("hot_meal")).isTrue();
        assertThat(CanteenSale.isCanteen("FREE_MEAL")).isTrue();
        assertThat(CanteenSale.isCanteen("TRANSPORT")).isFalse();
        assertThat(CanteenSale.isCanteen(CanteenSale.SETTLEMENT)).isFalse();
        assertThat(CanteenSale.categoriesSql()).isEqualTo("'HOT_MEAL', 'MEAL', 'BUFFET', 'DRINK', 'SWEETS', 'FREE_MEAL'");
        assertThat(CanteenSale.kindsSql()).isEqualTo("'PURCHASE', 'COMPLETION', 'REVERSAL'");
    }
}
