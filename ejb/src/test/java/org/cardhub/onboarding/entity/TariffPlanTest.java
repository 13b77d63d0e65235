package org.cardhub.onboarding.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each plan and option is concluded on its own tariff row; an option goes only with the plan that has it. */
class TariffPlanTest {

    @Test
    void eachChoiceNamesTheTariffRowOfV2() {
        assertThat(TariffPlan.REGIONAL.tariffCode(null)).isEqualTo("REGIONAL");
        assertThat(TariffPlan.REGIONAL_PLUS.tariffCode(null)).isEqualTo("REGIONAL_PLUS");
        assertThat(TariffPlan.TRANSIT.tariffCode(TariffOption.OPTIMAL)).isEqualTo("TRANSIT_OPTIMAL");
        assertThat(TariffPlan.TRANSIT.tariffCode(TariffOption.OPTIMAL_PLUS)).isEqualTo("TRANSIT_OPTIMAL_PLUS");
        assertThat(TariffPlan.FUEL_ONLINE.tariffCode(null)).isEqualTo("FUEL_ONLINE");
    }

    @Test
    void onlyTransitHasOptionsAndNeedsOne() {
        assertThat(TariffPlan.TRANSIT.options()).containsExactlyInAnyOrder(TariffOption.OPTIMAL, TariffOption.OPTIMAL_PLUS);
        assertThat(TariffPlan.TRANSIT.problemWith(null)).contains("OPTION_REQUIRED");
        for (TariffPlan plan : new TariffPlan[]{TariffPlan.REGIONAL, TariffPlan.REGIONAL_PLUS, TariffPlan.FUEL_ONLINE}) {
            assertThat(plan.options()).as(plan.name()).isEmpty();
            assertThat(plan.problemWith(null)).as(plan.name()).isEmpty();
            assertThat(plan.problemWith(TariffOption.OPTIMAL)).as(plan.name()).contains("OPTION_NOT_OF_TARIFF");
        }
    }

    @Test
    void anOptionThatDoesNotFitNamesNoTariff() {
        assertThatThrownBy(() -> TariffPlan.REGIONAL.tariffCode(TariffOption.OPTIMAL_PLUS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OPTION_NOT_OF_TARIFF");
    }
}
