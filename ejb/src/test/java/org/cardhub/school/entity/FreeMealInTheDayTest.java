package org.cardhub.school.entity;

import org.cardhub.ledger.entity.EntryKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A free meal is a meal of the pupil's day that cost the pupil nothing: the school's budget paid it. */
class FreeMealInTheDayTest {

    @Test
    void aFreeMealShowsAsAMealThatMovedNoneOfTheCardsMoney() {
        Movement free = Movement.of(1, EntryKind.PURCHASE, Instant.parse("2026-12-07T02:00:00Z"), true, "FREE_MEAL",
                "system:meals", null, 8_000);

        assertThat(free.dayKind()).isEqualTo(DayEvent.Kind.MEAL);
        assertThat(free.shownMinor(true)).isZero();
        assertThat(Movement.of(2, EntryKind.PURCHASE, Instant.parse("2026-12-07T02:00:00Z"), true, "MEAL", "system:meals",
                null, 8_000).plus(-8_000).shownMinor(true)).as("a served pre-order is paid by the card").isEqualTo(-8_000);
    }
}
