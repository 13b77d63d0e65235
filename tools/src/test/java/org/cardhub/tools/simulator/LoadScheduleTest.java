package org.cardhub.tools.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoadScheduleTest {

    /** A clock that only moves when the schedule waits. */
    private final AtomicLong now = new AtomicLong(1_000);

    private LoadSchedule schedule(Duration duration, long count, double rate) {
        return schedule(Duration.ZERO, duration, count, rate);
    }

    private LoadSchedule schedule(Duration warmup, Duration duration, long count, double rate) {
        return new LoadSchedule(now.get(), warmup, duration, count, rate, now::get, now::addAndGet);
    }

    private static List<Long> drain(LoadSchedule schedule) {
        List<Long> starts = new ArrayList<>();
        for (long due = schedule.nextStart(); due != LoadSchedule.OVER; due = schedule.nextStart()) {
            starts.add(due);
        }
        return starts;
    }

    @Test
    void aClosedLoopHandsOutTheCountRightAway() {
        LoadSchedule schedule = schedule(null, 5, 0);

        assertThat(drain(schedule)).containsExactly(1_000L, 1_000L, 1_000L, 1_000L, 1_000L);
        assertThat(schedule.over()).isTrue();
    }

    @Test
    void aClosedLoopStopsAtItsDeadline() {
        LoadSchedule schedule = schedule(Duration.ofNanos(100), 0, 0);

        assertThat(schedule.nextStart()).isEqualTo(1_000);
        now.addAndGet(99);
        assertThat(schedule.nextStart()).isEqualTo(1_099);
        now.addAndGet(1);
        assertThat(schedule.nextStart()).isEqualTo(LoadSchedule.OVER);
        assertThat(schedule.over()).isTrue();
    }

    @Test
    void anOpenLoopSpacesOperationsByTheRateAndWaitsForEach() {
        LoadSchedule schedule = schedule(Duration.ofSeconds(1), 0, 4);

        assertThat(drain(schedule)).containsExactly(1_000L, 250_001_000L, 500_001_000L, 750_001_000L);
        assertThat(now.get()).isEqualTo(750_001_000L);
    }

    @Test
    void anOpenLoopThatFellBehindReturnsTheScheduledTimesNotNow() {
        LoadSchedule schedule = schedule(null, 3, 10);
        now.addAndGet(1_000_000_000);

        assertThat(drain(schedule)).containsExactly(1_000L, 100_001_000L, 200_001_000L);
    }

    @Test
    void theCountEndsAnOpenLoopBeforeItsDeadline() {
        assertThat(drain(schedule(Duration.ofSeconds(10), 2, 100))).hasSize(2);
    }

    @Test
    void stoppingEndsTheRun() {
        LoadSchedule schedule = schedule(null, 1_000, 0);
        schedule.nextStart();

        schedule.stop();

        assertThat(schedule.nextStart()).isEqualTo(LoadSchedule.OVER);
        assertThat(schedule.over()).isTrue();
    }

    @Test
    void operationsDueInTheWarmUpAreNotCountedAndTheDurationFollowsIt() {
        LoadSchedule schedule = schedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, 2);

        List<Long> starts = drain(schedule);

        assertThat(starts).containsExactly(1_000L, 500_001_000L, 1_000_001_000L, 1_500_001_000L);
        assertThat(starts).map(schedule::counted).containsExactly(false, false, true, true);
        assertThat(schedule.countedFromNanos()).isEqualTo(1_000_001_000L);
    }

    @Test
    void withoutAWarmUpEveryOperationCounts() {
        LoadSchedule schedule = schedule(Duration.ofSeconds(1), 0, 0);

        assertThat(schedule.counted(schedule.nextStart())).isTrue();
        assertThat(schedule.countedFromNanos()).isEqualTo(1_000L);
    }

    @Test
    void aWarmUpGoesWithADurationNotACount() {
        assertThatThrownBy(() -> schedule(Duration.ofSeconds(1), null, 10, 0)).hasMessageContaining("warm-up");
        assertThatThrownBy(() -> schedule(Duration.ofSeconds(1), Duration.ofSeconds(1), 10, 0))
                .hasMessageContaining("warm-up");
    }

    @Test
    void aRunNeedsALimit() {
        assertThatThrownBy(() -> schedule(null, 0, 0)).hasMessageContaining("duration or a count");
    }
}
