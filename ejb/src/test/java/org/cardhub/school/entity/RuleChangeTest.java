package org.cardhub.school.entity;

import org.cardhub.limits.entity.CardRestriction;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.SpendingLimit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The limits' history is read back from what the limits component itself writes, not from texts made up here. */
class RuleChangeTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:15:00Z");
    private static final String PARENT = "d3e0c0de-0000-4000-8000-000000000003";

    @Test
    void aDailyLimitAddedChangedAndRemoved() {
        String before = limit(LimitPeriod.DAY, 300_00).describe();
        String after = limit(LimitPeriod.DAY, 450_50).describe();

        assertThat(RuleChange.read(AT, PARENT, "limit 7", null, before))
                .containsExactly(new RuleChange(AT, PARENT, RuleChange.Aspect.DAILY, null, "300.00"));
        assertThat(RuleChange.read(AT, PARENT, "limit 7", before, after))
                .containsExactly(new RuleChange(AT, PARENT, RuleChange.Aspect.DAILY, "300.00", "450.50"));
        assertThat(RuleChange.read(AT, PARENT, "limit 7", after, null))
                .containsExactly(new RuleChange(AT, PARENT, RuleChange.Aspect.DAILY, "450.50", null));
    }

    @Test
    void aLimitPerPurchase() {
        assertThat(RuleChange.read(AT, PARENT, "limit 8", null, limit(LimitPeriod.TRANSACTION, 150_00).describe()))
                .extracting(RuleChange::aspect, RuleChange::after).containsExactly(tuple(RuleChange.Aspect.PER_PURCHASE, "150.00"));
    }

    @Test
    void aLimitTheParentsRulesDoNotNameIsSomethingElseWithoutItsText() {
        SpendingLimit buffetOnly = new SpendingLimit(1, 2L, LimitMeasure.MONEY, LimitPeriod.DAY, 100_00, List.of("BUFFET"), AT);
        SpendingLimit weekly = limit(LimitPeriod.WEEK, 1000_00);

        assertThat(RuleChange.read(AT, PARENT, "limit 9", null, buffetOnly.describe()))
                .containsExactly(new RuleChange(AT, PARENT, RuleChange.Aspect.OTHER, null, null));
        assertThat(RuleChange.read(AT, PARENT, "limit 9", weekly.describe(), null))
                .extracting(RuleChange::aspect).containsExactly(RuleChange.Aspect.OTHER);
    }

    @Test
    void aRestrictionTellsEachPartThatChangedOnItsOwnLine() {
        CardRestriction restriction = new CardRestriction(2);
        String none = restriction.summary();
        restriction.forbidCategories(List.of("SWEETS", "BUFFET"));
        String forbidden = restriction.summary();
        restriction.limitHours(LocalTime.of(8, 0), LocalTime.of(15, 0));
        restriction.forbidCategories(List.of("BUFFET"));
        String both = restriction.summary();

        assertThat(RuleChange.read(AT, PARENT, "restriction", null, forbidden))
                .containsExactly(new RuleChange(AT, PARENT, RuleChange.Aspect.FORBIDDEN, null, "BUFFET,SWEETS"));
        assertThat(RuleChange.read(AT, PARENT, "restriction", none, forbidden)).hasSize(1);
        assertThat(RuleChange.read(AT, PARENT, "restriction", forbidden, both)).containsExactly(
                new RuleChange(AT, PARENT, RuleChange.Aspect.FORBIDDEN, "BUFFET,SWEETS", "BUFFET"),
                new RuleChange(AT, PARENT, RuleChange.Aspect.HOURS, null, "08:00–15:00"));
    }

    @Test
    void stationsOrAllowedCategoriesAreSomethingElse() {
        CardRestriction restriction = new CardRestriction(2);
        String before = restriction.summary();
        restriction.allowCategories(List.of("HOT_MEAL"));

        assertThat(RuleChange.read(AT, PARENT, "restriction", before, restriction.summary()))
                .extracting(RuleChange::aspect).containsExactly(RuleChange.Aspect.OTHER);
    }

    private static SpendingLimit limit(LimitPeriod period, long kopecks) {
        return new SpendingLimit(1, 2L, LimitMeasure.MONEY, period, kopecks, List.of(), AT);
    }
}
