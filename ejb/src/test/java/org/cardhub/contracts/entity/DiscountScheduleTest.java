package org.cardhub.contracts.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.contracts.entity.ContractFixtures.stored;
import static org.cardhub.contracts.entity.ContractFixtures.tariff;

class DiscountScheduleTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final Tariff TRANSIT = tariff("TRANSIT_OPTIMAL", "Transit Optimal", "TRANSIT", "OPTIMAL", 0);
    private static final Tariff REGIONAL_PLUS = tariff("REGIONAL_PLUS", "Regional+", 3);
    private static final List<String> STATIONS = List.of("AZS-17", "AZS-23", "AZS-31");
    private static final Sale AI95_IN_MOSCOW = new Sale("AI-95", "FUEL", "RU-MOW", "AZS-17");

    private long ids;

    private TariffDiscount row(Tariff tariff, DiscountScope scope, int basisPoints, LocalDate from) {
        return stored(TariffDiscount.of(tariff, scope, basisPoints, from, JAN_1, "admin", Instant.EPOCH), ++ids);
    }

    private TariffDiscount row(DiscountScope scope, int basisPoints) {
        return row(TRANSIT, scope, basisPoints, JAN_1);
    }

    private static int rate(List<TariffDiscount> rows, Sale sale, LocalDate day) {
        return new DiscountSchedule(rows).rateFor(sale, STATIONS, day).basisPoints();
    }

    @Test
    void productAndRegionBeatProductWhichBeatsCategoryWhichBeatsAll() {
        TariffDiscount all = row(DiscountScope.EVERYTHING, 100);
        TariffDiscount fuel = row(new DiscountScope(null, "FUEL", null, false), 150);
        TariffDiscount ai95 = row(new DiscountScope("AI-95", null, null, false), 200);
        TariffDiscount ai95InMoscow = row(new DiscountScope("AI-95", null, "RU-MOW", false), 250);
        TariffDiscount fuelInMoscow = row(new DiscountScope(null, "FUEL", "RU-MOW", false), 175);

        assertThat(rate(List.of(all, fuel, ai95, ai95InMoscow, fuelInMoscow), AI95_IN_MOSCOW, JAN_1)).isEqualTo(250);
        assertThat(rate(List.of(all, fuel, ai95, fuelInMoscow), AI95_IN_MOSCOW, JAN_1)).as("the product first").isEqualTo(200);
        assertThat(rate(List.of(all, fuel, fuelInMoscow), AI95_IN_MOSCOW, JAN_1)).isEqualTo(175);
        assertThat(rate(List.of(all, fuel), AI95_IN_MOSCOW, JAN_1)).isEqualTo(150);
        assertThat(rate(List.of(all), AI95_IN_MOSCOW, JAN_1)).isEqualTo(100);
        assertThat(rate(List.of(all, fuel, ai95, ai95InMoscow), new Sale("DT", "FUEL", "RU-TVE", "AZS-42"), JAN_1))
                .as("another product elsewhere").isEqualTo(150);
        assertThat(rate(List.of(ai95, ai95InMoscow), new Sale("CAR_WASH", "CAR_WASH", "RU-MOW", "AZS-17"), JAN_1))
                .as("nothing covers it").isZero();
    }

    @Test
    void aMoreSpecificRowOfNoDiscountStillWins() {
        TariffDiscount all = row(DiscountScope.EVERYTHING, 300);
        TariffDiscount noneOnDiesel = row(new DiscountScope("DT", null, null, false), 0);

        assertThat(rate(List.of(all, noneOnDiesel), new Sale("DT", "FUEL", "RU-MOW", "AZS-17"), JAN_1)).isZero();
    }

    @Test
    void aRowAppliesFromItsFirstDayUntilTheDayItEnds() {
        TariffDiscount discount = row(TRANSIT, new DiscountScope("AI-95", null, null, false), 200, LocalDate.of(2026, 3, 1));
        discount.end(LocalDate.of(2026, 4, 1), JAN_1);
        List<TariffDiscount> rows = List.of(discount);

        assertThat(rate(rows, AI95_IN_MOSCOW, LocalDate.of(2026, 2, 28))).isZero();
        assertThat(rate(rows, AI95_IN_MOSCOW, LocalDate.of(2026, 3, 1))).isEqualTo(200);
        assertThat(rate(rows, AI95_IN_MOSCOW, LocalDate.of(2026, 3, 31))).isEqualTo(200);
        assertThat(rate(rows, AI95_IN_MOSCOW, LocalDate.of(2026, 4, 1))).as("the end day is not in").isZero();
    }

    @Test
    void aLaterRowOfTheSameScopeSupersedesAnEarlierOneFromItsFirstDay() {
        DiscountScope fuel = new DiscountScope(null, "FUEL", null, false);
        TariffDiscount first = row(TRANSIT, fuel, 150, JAN_1);
        TariffDiscount raised = row(TRANSIT, fuel, 200, LocalDate.of(2026, 6, 1));
        TariffDiscount correctedSameDay = row(TRANSIT, fuel, 180, LocalDate.of(2026, 6, 1));

        assertThat(rate(List.of(first, raised), AI95_IN_MOSCOW, LocalDate.of(2026, 5, 31))).isEqualTo(150);
        assertThat(rate(List.of(first, raised), AI95_IN_MOSCOW, LocalDate.of(2026, 6, 1))).isEqualTo(200);
        assertThat(rate(List.of(raised, first, correctedSameDay), AI95_IN_MOSCOW, LocalDate.of(2026, 6, 1)))
                .as("the same day: the one written last").isEqualTo(180);
    }

    @Test
    void aSupersedingRowDoesNotBeatAMoreSpecificOlderOne() {
        TariffDiscount ai95 = row(TRANSIT, new DiscountScope("AI-95", null, null, false), 200, JAN_1);
        TariffDiscount allLater = row(TRANSIT, DiscountScope.EVERYTHING, 500, LocalDate.of(2026, 6, 1));

        assertThat(rate(List.of(ai95, allLater), AI95_IN_MOSCOW, LocalDate.of(2026, 7, 1))).isEqualTo(200);
    }

    @Test
    void regionalPlusDiscountsOnlyAtTheContractsChosenStations() {
        List<TariffDiscount> rows = List.of(row(REGIONAL_PLUS, new DiscountScope(null, "FUEL", null, true), 300, JAN_1));

        assertThat(rate(rows, new Sale("AI-92", "FUEL", "RU-MOW", "azs-23"), JAN_1)).isEqualTo(300);
        assertThat(rate(rows, new Sale("AI-92", "FUEL", "RU-TVE", "AZS-42"), JAN_1)).isZero();
        assertThat(rate(rows, new Sale("AI-92", "FUEL", "RU-MOW", null), JAN_1)).as("no station known").isZero();
        assertThat(new DiscountSchedule(rows).rateFor(AI95_IN_MOSCOW, List.of(), JAN_1).basisPoints())
                .as("a contract that chose none").isZero();
    }

    @Test
    void theRateNamesTheRowItComesFrom() {
        TariffDiscount fuel = row(new DiscountScope(null, "FUEL", null, false), 150);

        assertThat(new DiscountSchedule(List.of(fuel)).rateFor(AI95_IN_MOSCOW, STATIONS, JAN_1).discountId()).isEqualTo(fuel.id());
        assertThat(new DiscountSchedule(List.of()).rateFor(AI95_IN_MOSCOW, STATIONS, JAN_1)).isEqualTo(DiscountRate.NONE);
    }
}
