package org.cardhub.ledger.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A late event (a completion, an offline purchase) keeps the time it happened while its month is open, and is booked
 * now, into the open month, once that month is closed for any contract it touches, each in its own zone.
 */
class LateBookingTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final Map<Long, ZoneId> ZONES = Map.of(1L, MOSCOW, 2L, VLADIVOSTOK);
    /** 23:50 on 31 January in Moscow; already 1 February in Vladivostok. */
    private static final Instant AUTHORISED = Instant.parse("2026-01-31T20:50:00Z");
    /** 00:20 on 1 February in Moscow, when the completion comes. */
    private static final Instant COMPLETED = Instant.parse("2026-01-31T21:20:00Z");

    @Test
    void aCompletionAfterMidnightBelongsToTheMonthOfItsAuthorisationWhileThatIsOpen() {
        assertThat(time(AUTHORISED, COMPLETED, List.of(1L), none())).isEqualTo(AUTHORISED);
    }

    @Test
    void aCompletionWhoseMonthIsClosedIsBookedNowIntoTheOpenMonth() {
        Instant booked = time(AUTHORISED, COMPLETED, List.of(1L), closed(1L, YearMonth.of(2026, 1)));

        assertThat(booked).isEqualTo(COMPLETED);
        assertThat(YearMonth.from(booked.atZone(MOSCOW))).isEqualTo(YearMonth.of(2026, 2));
    }

    @Test
    void eachContractJudgesTheMonthInItsOwnZone() {
        // the same instant is January in Moscow and February in Vladivostok: January closed in Vladivostok is no matter
        assertThat(time(AUTHORISED, COMPLETED, List.of(2L), closed(2L, YearMonth.of(2026, 1)))).isEqualTo(AUTHORISED);
        assertThat(time(AUTHORISED, COMPLETED, List.of(2L), closed(2L, YearMonth.of(2026, 2)))).isEqualTo(COMPLETED);
    }

    @Test
    void aMonthClosedForAnyContractTheEventTouchesMovesIt() {
        assertThat(time(AUTHORISED, COMPLETED, List.of(1L, 2L), closed(1L, YearMonth.of(2026, 1)))).isEqualTo(COMPLETED);
    }

    @Test
    void anotherContractsClosedMonthIsNoMatter() {
        assertThat(time(AUTHORISED, COMPLETED, List.of(1L), closed(2L, YearMonth.of(2026, 1)))).isEqualTo(AUTHORISED);
    }

    @Test
    void anOfflinePurchaseOfLastMonthKeepsItsTimeWithinTheGraceAndOnlyThen() {
        Instant madeOffline = Instant.parse("2026-01-30T10:00:00Z");
        Instant forwarded = Instant.parse("2026-02-02T08:00:00Z");

        assertThat(time(madeOffline, forwarded, List.of(1L), none())).isEqualTo(madeOffline);
        assertThat(time(madeOffline, forwarded, List.of(1L), closed(1L, YearMonth.of(2026, 1)))).isEqualTo(forwarded);
    }

    @Test
    void aTimeInTheFutureOrBeforeLastMonthIsNotTrusted() {
        Instant now = Instant.parse("2026-03-10T08:00:00Z");

        assertThat(time(now.plusSeconds(600), now, List.of(1L), none())).as("a terminal's clock ahead").isEqualTo(now);
        assertThat(time(Instant.parse("2026-01-31T12:00:00Z"), now, List.of(1L), none())).as("two months back").isEqualTo(now);
        assertThat(time(Instant.parse("2026-02-01T12:00:00Z"), now, List.of(1L), none())).as("last month")
                .isEqualTo(Instant.parse("2026-02-01T12:00:00Z"));
    }

    @Test
    void anEntryBookedLaterKeepsWhenItHappened() {
        JournalEntry entry = new JournalEntry(EntryKind.COMPLETION, AUTHORISED, OperationFacts.none(), "late", "tester");

        entry.bookInstead(COMPLETED);

        assertThat(entry.bookedAt()).isEqualTo(COMPLETED);
        assertThat(entry.occurredAt()).isEqualTo(AUTHORISED);
        assertThat(entry.movedFromClosedMonth()).isTrue();
    }

    @Test
    void anEntryBookedWhenItHappenedHasNothingElseToKeep() {
        JournalEntry entry = new JournalEntry(EntryKind.COMPLETION, AUTHORISED, OperationFacts.none(), "in time", "tester");

        entry.bookInstead(AUTHORISED);

        assertThat(entry.bookedAt()).isEqualTo(AUTHORISED);
        assertThat(entry.occurredAt()).isEqualTo(AUTHORISED);
        assertThat(entry.movedFromClosedMonth()).isFalse();
    }

    private static Instant time(Instant happened, Instant now, List<Long> contracts, BiPredicate<Long, YearMonth> closed) {
        return LateBooking.bookingTime(happened, now, contracts, ZONES::get, closed);
    }

    private static BiPredicate<Long, YearMonth> none() {
        return (contract, month) -> false;
    }

    private static BiPredicate<Long, YearMonth> closed(long contract, YearMonth month) {
        return (asked, askedMonth) -> Set.of(contract).contains(asked) && askedMonth.equals(month);
    }
}
