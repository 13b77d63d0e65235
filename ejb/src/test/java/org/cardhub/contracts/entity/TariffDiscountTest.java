package org.cardhub.contracts.entity;

import org.cardhub.contracts.entity.InvalidTariffException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.contracts.entity.ContractFixtures.tariff;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class TariffDiscountTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);
    private static final Tariff TRANSIT = tariff("TRANSIT_OPTIMAL", "Transit Optimal", "TRANSIT", "OPTIMAL", 0);
    private static final Tariff REGIONAL_PLUS = tariff("REGIONAL_PLUS", "Regional+", 3);
    private static final DiscountScope AI95 = new DiscountScope("ai-95", null, " ru-mow ", false);

    private static TariffDiscount discount(LocalDate from) {
        return TariffDiscount.of(TRANSIT, AI95, 250, from, TODAY, "admin", Instant.EPOCH);
    }

    @Test
    void aDiscountStartsTodayOrLaterAndIsKeptInCapitals() {
        TariffDiscount discount = discount(TODAY);

        assertThat(discount.scope()).isEqualTo(new DiscountScope("AI-95", null, "RU-MOW", false));
        assertThat(discount.isInForceOn(TODAY)).isTrue();
        assertThat(discount.isInForceOn(TODAY.minusDays(1))).isFalse();
        assertThat(discount.describe()).isEqualTo("AI-95 in RU-MOW 250 bp from 2026-05-14");
        assertRefused(() -> discount(TODAY.minusDays(1)), Code.START_IN_PAST);
        assertRefused(() -> discount(null), Code.START_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10_001})
    void aDiscountIsZeroToTenThousandBasisPoints(int basisPoints) {
        assertRefused(() -> TariffDiscount.of(TRANSIT, AI95, basisPoints, TODAY, TODAY, "admin", Instant.EPOCH),
                Code.DISCOUNT_RANGE);
    }

    @Test
    void aScopeNamesOneProductOrCategoryAndOnePlace() {
        assertRefused(() -> new DiscountScope("AI-95", "FUEL", null, false), Code.PRODUCT_AND_CATEGORY);
        assertRefused(() -> new DiscountScope(null, null, "RU-MOW", true), Code.REGION_AND_STATIONS);
        assertRefused(() -> new DiscountScope("AI 95", null, null, false), Code.PRODUCT_FORMAT);
        assertRefused(() -> new DiscountScope(null, null, "RU MOW", false), Code.REGION_FORMAT);
        assertThat(new DiscountScope(" ", "", null, false)).isEqualTo(DiscountScope.EVERYTHING);
    }

    @Test
    void onlyATariffWithChosenStationsDiscountsAtThem() {
        DiscountScope atChosen = new DiscountScope(null, "FUEL", null, true);

        assertRefused(() -> TariffDiscount.of(TRANSIT, atChosen, 300, TODAY, TODAY, "admin", Instant.EPOCH),
                Code.NO_CHOSEN_STATIONS);
        assertThat(TariffDiscount.of(REGIONAL_PLUS, atChosen, 300, TODAY, TODAY, "admin", Instant.EPOCH).describe())
                .isEqualTo("category FUEL at chosen stations 300 bp from 2026-05-14");
    }

    @Test
    void anEndIsTodayOrLaterAndNotBeforeTheStart() {
        TariffDiscount future = discount(TODAY.plusDays(10));

        assertRefused(() -> future.end(TODAY.minusDays(1), TODAY), Code.END_IN_PAST);
        assertRefused(() -> future.end(TODAY.plusDays(9), TODAY), Code.END_BEFORE_START);
        assertRefused(() -> future.end(null, TODAY), Code.END_REQUIRED);
        assertThat(future.end(TODAY.plusDays(10), TODAY)).as("no end before").isNull();
        assertThat(future.isInForceOn(TODAY.plusDays(10))).as("ended on its first day: never in force").isFalse();
        assertThat(future.hasEnded(TODAY)).isTrue();
        assertRefused(() -> future.end(TODAY.plusDays(20), TODAY), Code.ALREADY_ENDED);
    }

    @Test
    void endingTodayStopsItTodayAndAnEndedDiscountStaysEnded() {
        TariffDiscount discount = discount(TODAY);

        discount.end(TODAY, TODAY);

        assertThat(discount.isInForceOn(TODAY)).isFalse();
        assertThat(discount.hasEnded(TODAY)).isTrue();
        assertRefused(() -> discount.end(TODAY.plusDays(5), TODAY), Code.ALREADY_ENDED);
    }

    @Test
    void aFutureEndCanBeMovedAndSaysWhatItWas() {
        TariffDiscount discount = discount(TODAY);
        discount.end(TODAY.plusDays(30), TODAY);

        assertThat(discount.end(TODAY.plusDays(3), TODAY)).isEqualTo(TODAY.plusDays(30));
        assertThat(discount.endsOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(discount.describe()).endsWith("until 2026-05-17");
    }
}
