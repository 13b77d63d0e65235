package org.cardhub.terminals.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class UnauthenticatedRejectionsTest {

    private static final class SettableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T05:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SettableClock clock = new SettableClock();
    private final UnauthenticatedRejections budget = new UnauthenticatedRejections(clock);

    @Test
    void aFloodOfUnsignedMessagesIsRecordedOnlyUpToTheMinutesBudget() {
        long recorded = IntStream.range(0, 10_000).filter(i -> budget.mayRecord()).count();

        assertThat(recorded).isEqualTo(UnauthenticatedRejections.PER_MINUTE);
    }

    @Test
    void theBudgetComesBackTheNextMinute() {
        IntStream.range(0, UnauthenticatedRejections.PER_MINUTE + 5).forEach(i -> budget.mayRecord());
        assertThat(budget.mayRecord()).isFalse();

        clock.now = clock.now.plus(Duration.ofSeconds(61));

        assertThat(budget.mayRecord()).isTrue();
    }
}
