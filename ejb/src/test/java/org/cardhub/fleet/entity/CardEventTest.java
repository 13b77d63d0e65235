package org.cardhub.fleet.entity;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.limits.entity.CardRestriction;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CardEventTest {

    private static final Instant NOON = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aBlocksReasonIsReadAsABlockReasonSoThePageShowsALabelNotACode() {
        CardEvent block = CardEvent.ofStatus(NOON, "fleet", "ACTIVE", "BLOCKED", "LOST");

        assertThat(block.kind()).isEqualTo(CardEvent.Kind.STATUS);
        assertThat(block.from()).isEqualTo(CardStatus.ACTIVE);
        assertThat(block.to()).isEqualTo(CardStatus.BLOCKED);
        assertThat(block.blockReason()).isEqualTo(BlockReason.LOST);
        assertThat(block.note()).isNull();
    }

    @Test
    void aReasonInWordsIsKeptAsANoteAndTheFirstStatusHasNoPreviousOne() {
        CardEvent closing = CardEvent.ofStatus(NOON, "fleet", "ACTIVE", "CLOSED", "vehicle sold");
        CardEvent ordering = CardEvent.ofStatus(NOON, "demo", null, "ACTIVE", " ");

        assertThat(closing.blockReason()).isNull();
        assertThat(closing.note()).isEqualTo("vehicle sold");
        assertThat(ordering.from()).isNull();
        assertThat(ordering.note()).isNull();
    }

    @Test
    void aWordThatLooksLikeABlockReasonIsOnlyOneOnABlock() {
        assertThat(CardEvent.ofStatus(NOON, "fleet", "ACTIVE", "CLOSED", "STOLEN").note()).isEqualTo("STOLEN");
    }

    @Test
    void limitAndRestrictionChangesAreToldApartByWhatChanged() {
        CardEvent limit = CardEvent.ofLimitChange(NOON, "fleet", "limit 17", null, "Card limit 5000.00 RUB a day");
        CardEvent restriction = CardEvent.ofLimitChange(NOON, "fleet", "restriction", "allowed=null", "allowed=FUEL");

        assertThat(limit.kind()).isEqualTo(CardEvent.Kind.LIMIT);
        assertThat(limit.before()).isNull();
        assertThat(limit.after()).isEqualTo("Card limit 5000.00 RUB a day");
        assertThat(restriction.kind()).isEqualTo(CardEvent.Kind.RESTRICTION);
    }

    @Test
    void theHistoryReadsNewestFirst() {
        CardEvent older = CardEvent.ofStatus(NOON, "demo", null, "ACTIVE", null);
        CardEvent newer = CardEvent.ofLimitChange(NOON.plusSeconds(60), "fleet", "limit 1", "a", "b");

        assertThat(Stream.of(older, newer).sorted(CardEvent.NEWEST_FIRST).toList()).isEqualTo(List.of(newer, older));
    }

    @Test
    void aLimitChangeIsReadBackFromTheWordsTheLimitsWroteSoThePageCanTranslateIt() {
        SpendingLimit money = new SpendingLimit(1, 2L, LimitMeasure.MONEY, LimitPeriod.DAY, 5000_00, null, NOON);
        SpendingLimit litres = new SpendingLimit(1, null, LimitMeasure.VOLUME, LimitPeriod.WEEK, 150_500, List.of("fuel", "AI-95"), NOON);
        SpendingLimit count = new SpendingLimit(1, 2L, LimitMeasure.COUNT, LimitPeriod.MONTH, 12, null, NOON);
        SpendingLimit each = new SpendingLimit(1, 2L, LimitMeasure.MONEY, LimitPeriod.TRANSACTION, 99, null, NOON);

        CardEvent change = CardEvent.ofLimitChange(NOON, "fleet", "limit 1", money.describe(), litres.describe());

        assertThat(change.limitBefore()).isEqualTo(new CardLimit(LimitMeasure.MONEY, LimitPeriod.DAY,
                Amount.parse("5000.00", Currency.RUB), 0, List.of(), false));
        assertThat(change.limitAfter()).isEqualTo(new CardLimit(LimitMeasure.VOLUME, LimitPeriod.WEEK,
                Amount.parse("150.5", Currency.LITRE), 0, List.of("FUEL", "AI-95"), true));
        assertThat(CardLimit.parse(count.describe())).contains(new CardLimit(LimitMeasure.COUNT, LimitPeriod.MONTH, null, 12,
                List.of(), false));
        assertThat(CardLimit.parse(each.describe()).orElseThrow().period()).isEqualTo(LimitPeriod.TRANSACTION);
    }

    @Test
    void aLimitTextInAnotherShapeIsNotGuessedAtAndAnAddedLimitHasNothingBefore() {
        CardEvent odd = CardEvent.ofLimitChange(NOON, "fleet", "limit 1", null, "Limit of ten roubles");

        assertThat(odd.limitBefore()).isNull();
        assertThat(odd.limitAfter()).isNull();
        assertThat(CardLimit.parse("Card limit 1.2.3 RUB a day")).isEmpty();
        assertThat(odd.restrictionsAfter()).as("not a restriction change").isNull();
    }

    @Test
    void aRestrictionChangeIsReadBackFromItsSummary() {
        CardRestriction restriction = new CardRestriction(2);
        String before = restriction.summary();
        restriction.allowCategories(List.of("fuel", "car_wash"));
        restriction.limitHours(LocalTime.of(6, 30), LocalTime.of(22, 0));
        restriction.allowStations(List.of("AZS-17"));
        restriction.allowRegions(List.of("RU-MOW", "RU-MOS"));

        CardEvent change = CardEvent.ofLimitChange(NOON, "fleet", "restriction", before, restriction.summary());

        assertThat(change.restrictionsBefore()).isEqualTo(CardRestrictions.NONE);
        CardRestrictions after = change.restrictionsAfter();
        assertThat(after.allowedCategories()).containsExactly("FUEL", "CAR_WASH");
        assertThat(after.forbiddenCategories()).isEmpty();
        assertThat(after.from()).isEqualTo(LocalTime.of(6, 30));
        assertThat(after.to()).isEqualTo(LocalTime.of(22, 0));
        assertThat(after.stations()).containsExactly("AZS-17");
        assertThat(after.regions()).containsExactly("RU-MOW", "RU-MOS");
        assertThat(CardRestrictions.parse("allowed=FUEL")).isEmpty();
        assertThat(CardRestrictions.parse("allowed=null; forbidden=null; hours=soon; stations=null; regions=null")).isEmpty();
    }
}
