package org.cardhub.limits.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class SpendingLimitPropertiesTest {

    private static final Instant NOW = Instant.parse("2025-03-05T09:00:00Z");

    @Property(tries = 2000)
    void aLimitOverAPeriodApprovesExactlyWhenUsedPlusAskedFits(
            @ForAll LimitPeriod period,
            @ForAll LimitMeasure measure,
            @ForAll @LongRange(min = 1, max = 1_000_000) long value,
            @ForAll @LongRange(min = 0, max = 1_000_000) long used,
            @ForAll @LongRange(min = 0, max = 1_000_000) long asked) {
        if (measure == LimitMeasure.COUNT && period == LimitPeriod.TRANSACTION) {
            return; // not a limit one can make
        }
        SpendingLimit limit = new SpendingLimit(1, 2L, measure, period, value, List.of(), NOW);
        Attempt attempt = new Attempt(asked, asked, "DT", "FUEL", "AZS-1", "RU-77", NOW);
        Usage usage = new Usage(used, used, used);

        long counted = period == LimitPeriod.TRANSACTION ? 0 : used;
        long wanted = counted + (measure == LimitMeasure.COUNT ? 1 : asked);

        assertThat(limit.check(attempt, usage).isEmpty()).isEqualTo(wanted <= value);
    }
}
