package org.cardhub.fleet.entity;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.CardStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
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
}
