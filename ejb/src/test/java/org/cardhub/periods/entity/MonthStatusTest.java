package org.cardhub.periods.entity;

import org.cardhub.ledger.entity.PeriodChange;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonthStatusTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final Instant IN_FEBRUARY = Instant.parse("2026-02-10T09:00:00Z");

    @Test
    void aMonthNeverClosedIsOpenAndMayBeClosedOnceItHasEnded() {
        MonthStatus january = MonthStatus.of(JANUARY, List.of(), IN_FEBRUARY, MOSCOW);
        MonthStatus february = MonthStatus.of(YearMonth.of(2026, 2), List.of(), IN_FEBRUARY, MOSCOW);

        assertThat(january.state()).isEqualTo(MonthStatus.State.OPEN);
        assertThat(january.closable()).isTrue();
        assertThat(january.reopenable()).isFalse();
        assertThat(february.closable()).as("not over yet").isFalse();
    }

    @Test
    void theLastChangeSaysTheStateAndEachKindItsLatest() {
        PeriodChange closed = change(1, PeriodChange.closing(7, JANUARY, MonthStatus.TIMER, Instant.parse("2026-02-04T00:07:00Z")));
        PeriodChange reopened = change(2, PeriodChange.reopening(7, JANUARY, "admin", Instant.parse("2026-02-05T10:00:00Z"), "late UPD"));
        PeriodChange closedAgain = change(3, PeriodChange.closing(7, JANUARY, "admin", Instant.parse("2026-02-06T10:00:00Z")));

        MonthStatus afterTimer = MonthStatus.of(JANUARY, List.of(closed), IN_FEBRUARY, MOSCOW);
        MonthStatus afterReopen = MonthStatus.of(JANUARY, List.of(reopened, closed), IN_FEBRUARY, MOSCOW);
        MonthStatus afterSecondClose = MonthStatus.of(JANUARY, List.of(closedAgain, closed, reopened), IN_FEBRUARY, MOSCOW);

        assertThat(afterTimer.state()).isEqualTo(MonthStatus.State.CLOSED);
        assertThat(afterTimer.closedByTimer()).isTrue();
        assertThat(afterTimer.reopenable()).isTrue();
        assertThat(afterTimer.closable()).isFalse();
        assertThat(afterReopen.state()).isEqualTo(MonthStatus.State.REOPENED);
        assertThat(afterReopen.lastReopen().reason()).isEqualTo("late UPD");
        assertThat(afterReopen.closable()).isTrue();
        assertThat(afterSecondClose.state()).isEqualTo(MonthStatus.State.CLOSED);
        assertThat(afterSecondClose.lastClose().actor()).isEqualTo("admin");
        assertThat(afterSecondClose.closedByTimer()).isFalse();
        assertThat(afterSecondClose.lastReopen()).isSameAs(reopened);
    }

    @Test
    void changesOfOtherMonthsAreNoMatter() {
        PeriodChange december = change(1, PeriodChange.closing(7, YearMonth.of(2025, 12), "admin", IN_FEBRUARY));

        assertThat(MonthStatus.of(JANUARY, List.of(december), IN_FEBRUARY, MOSCOW).state()).isEqualTo(MonthStatus.State.OPEN);
    }

    private static PeriodChange change(long id, PeriodChange change) {
        try {
            Field field = PeriodChange.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(change, id);
            return change;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
