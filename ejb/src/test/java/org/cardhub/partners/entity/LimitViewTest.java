package org.cardhub.partners.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.SpendingLimit;
import org.junit.jupiter.api.Test;

class LimitViewTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final long CONTRACT = 7;
    private static final Long CARD = 11L;

    @Test
    void aMoneyLimitIsShownInRoublesWithKopecks() {
        LimitView view = LimitView.of(new SpendingLimit(CONTRACT, CARD, LimitMeasure.MONEY, LimitPeriod.DAY, 1_000_000,
                List.of(), NOW));

        assertThat(view).isEqualTo(new LimitView("MONEY", "DAY", "10000.00", List.of(), "CARD"));
    }

    @Test
    void aMoneyLimitOfSomeKopecksKeepsThem() {
        assertThat(LimitView.of(new SpendingLimit(CONTRACT, CARD, LimitMeasure.MONEY, LimitPeriod.TRANSACTION, 5,
                List.of(), NOW)).value()).isEqualTo("0.05");
    }

    @Test
    void aVolumeLimitIsShownInLitresWithMillilitres() {
        LimitView view = LimitView.of(new SpendingLimit(CONTRACT, CARD, LimitMeasure.VOLUME, LimitPeriod.DAY, 150_500,
                List.of("FUEL"), NOW));

        assertThat(view).isEqualTo(new LimitView("VOLUME", "DAY", "150.500", List.of("FUEL"), "CARD"));
    }

    @Test
    void aCountLimitIsAPlainNumberOfPurchases() {
        LimitView view = LimitView.of(new SpendingLimit(CONTRACT, CARD, LimitMeasure.COUNT, LimitPeriod.WEEK, 3,
                List.of(), NOW));

        assertThat(view).isEqualTo(new LimitView("COUNT", "WEEK", "3", List.of(), "CARD"));
    }

    @Test
    void aLimitWithoutACardAppliesToTheWholeContract() {
        assertThat(LimitView.of(new SpendingLimit(CONTRACT, null, LimitMeasure.MONEY, LimitPeriod.MONTH, 25_000_000,
                List.of(), NOW))).isEqualTo(new LimitView("MONEY", "MONTH", "250000.00", List.of(), "CONTRACT"));
    }

    @Test
    void categoriesAreListedInAlphabeticalOrder() {
        assertThat(LimitView.of(new SpendingLimit(CONTRACT, CARD, LimitMeasure.MONEY, LimitPeriod.DAY, 30_000,
                List.of("car_wash", "FUEL", "buffet"), NOW)).categories()).containsExactly("BUFFET", "CAR_WASH", "FUEL");
    }
}
