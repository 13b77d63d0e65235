package org.cardhub.contracts.entity;

import org.cardhub.contracts.entity.InvalidTariffException.Code;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class TariffOfferTest {

    private static final TariffOffer REGIONAL = new TariffOffer("REGIONAL", 0,
            List.of(new TariffOption("REGIONAL", null, "Regional", "", List.of())));
    private static final TariffOffer REGIONAL_PLUS = new TariffOffer("REGIONAL_PLUS", 3,
            List.of(new TariffOption("REGIONAL_PLUS", null, "Regional+", "", List.of())));
    private static final TariffOffer TRANSIT = new TariffOffer("TRANSIT", 0, List.of(
            new TariffOption("TRANSIT_OPTIMAL", "OPTIMAL", "Optimal", "", List.of()),
            new TariffOption("TRANSIT_OPTIMAL_PLUS", "OPTIMAL_PLUS", "Optimal+", "", List.of())));

    @Test
    void transitIsChosenWithOneOfItsOptions() {
        assertThat(TRANSIT.hasOptions()).isTrue();
        assertThat(TRANSIT.choose("optimal_plus", null)).isEqualTo(new TariffChoice("TRANSIT_OPTIMAL_PLUS", List.of()));
        assertRefused(() -> TRANSIT.choose(null, List.of()), Code.OPTION_REQUIRED);
        assertRefused(() -> TRANSIT.choose("PREMIUM", List.of()), Code.OPTION_NOT_OFFERED);
    }

    @Test
    void anOptionDoesNotFitAFamilyWithoutOptions() {
        assertThat(REGIONAL.hasOptions()).isFalse();
        assertThat(REGIONAL.choose(" ", List.of()).tariffCode()).isEqualTo("REGIONAL");
        assertRefused(() -> REGIONAL.choose("OPTIMAL", List.of()), Code.OPTION_NOT_OFFERED);
    }

    @Test
    void regionalPlusNeedsThreeDifferentStations() {
        assertThat(REGIONAL_PLUS.choose(null, List.of(" azs-17", "AZS-23", "AZS-31")).stations())
                .containsExactly("AZS-17", "AZS-23", "AZS-31");
        assertRefused(() -> REGIONAL_PLUS.choose(null, List.of("AZS-17", "azs-17 ", "AZS-31")), Code.STATIONS_REQUIRED);
        assertRefused(() -> REGIONAL_PLUS.choose(null, Arrays.asList("AZS-17", null, "")), Code.STATIONS_REQUIRED);
        assertRefused(() -> REGIONAL_PLUS.choose(null, List.of("A", "B", "C", "D")), Code.STATIONS_REQUIRED);
        assertRefused(() -> REGIONAL.choose(null, List.of("AZS-17")), Code.STATIONS_REQUIRED);
    }
}
