package org.cardhub.contracts.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.contracts.entity.ContractFixtures.stored;
import static org.cardhub.contracts.entity.ContractFixtures.tariff;

class TariffSheetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);
    private static final Tariff TRANSIT = tariff("TRANSIT_OPTIMAL", "Transit Optimal", "TRANSIT", "OPTIMAL", 0);
    private static final DiscountScope FUEL = new DiscountScope(null, "FUEL", null, false);

    @Test
    void aRowIsFutureInForceSupersededOrEnded() {
        TariffDiscount old = stored(TariffDiscount.of(TRANSIT, FUEL, 150, TODAY, TODAY, "admin", Instant.EPOCH), 1);
        TariffDiscount raised = stored(TariffDiscount.of(TRANSIT, FUEL, 200, TODAY, TODAY, "admin", Instant.EPOCH), 2);
        TariffDiscount coming = stored(TariffDiscount.of(TRANSIT, FUEL, 250, TODAY.plusDays(7), TODAY, "admin", Instant.EPOCH), 3);
        TariffDiscount other = stored(TariffDiscount.of(TRANSIT, DiscountScope.EVERYTHING, 50, TODAY, TODAY, "admin",
                Instant.EPOCH), 4);
        TariffDiscount stopped = stored(TariffDiscount.of(TRANSIT, new DiscountScope("DT", null, null, false), 90, TODAY,
                TODAY, "admin", Instant.EPOCH), 5);
        stopped.end(TODAY, TODAY);
        TariffSheet sheet = new TariffSheet(TRANSIT, List.of(coming, raised, old, other, stopped));

        assertThat(sheet.statusOf(old, TODAY)).isEqualTo(DiscountStatus.SUPERSEDED);
        assertThat(sheet.statusOf(raised, TODAY)).isEqualTo(DiscountStatus.IN_FORCE);
        assertThat(sheet.statusOf(coming, TODAY)).isEqualTo(DiscountStatus.FUTURE);
        assertThat(sheet.statusOf(other, TODAY)).as("another scope replaces nothing").isEqualTo(DiscountStatus.IN_FORCE);
        assertThat(sheet.statusOf(stopped, TODAY)).isEqualTo(DiscountStatus.ENDED);
        assertThat(sheet.statusOf(raised, TODAY.plusDays(7))).isEqualTo(DiscountStatus.SUPERSEDED);
    }
}
