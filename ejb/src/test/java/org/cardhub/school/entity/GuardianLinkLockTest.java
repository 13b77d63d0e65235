package org.cardhub.school.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Guessing activation codes is limited per school contract number: five wrong codes within an hour lock it for an hour. */
class GuardianLinkLockTest {

    private static final Instant NINE = Instant.parse("2026-09-01T06:00:00Z");

    private final GuardianLinkLock lock = new GuardianLinkLock("10000004");

    private Optional<Instant> failAt(Duration after) {
        return lock.fail(NINE.plus(after));
    }

    @Test
    void fourWrongCodesLeaveOneAttemptAndNoLock() {
        for (int i = 0; i < 4; i++) {
            assertThat(failAt(Duration.ofMinutes(i))).isEmpty();
        }

        assertThat(lock.attemptsLeft(NINE.plusSeconds(300))).isEqualTo(1);
        assertThat(lock.lockedAt(NINE.plusSeconds(300))).isEmpty();
    }

    @Test
    void theFifthWrongCodeLocksTheNumberForAnHourFromIt() {
        for (int i = 0; i < 4; i++) {
            failAt(Duration.ofMinutes(i));
        }

        Optional<Instant> until = failAt(Duration.ofMinutes(10));

        Instant expected = NINE.plus(Duration.ofMinutes(70));
        assertThat(until).contains(expected);
        assertThat(lock.lockedAt(NINE.plus(Duration.ofMinutes(69)))).contains(expected);
        assertThat(lock.attemptsLeft(NINE.plus(Duration.ofMinutes(69)))).isZero();
        assertThat(lock.lockedAt(expected)).as("over at its end").isEmpty();
        assertThat(lock.failedCount()).isEqualTo(5);
    }

    @Test
    void aLockedNumberCountsNoFurtherCode() {
        for (int i = 0; i < 5; i++) {
            failAt(Duration.ofMinutes(i));
        }

        assertThatThrownBy(() -> failAt(Duration.ofMinutes(30))).isInstanceOf(IllegalStateException.class);
        assertThat(lock.failedCount()).isEqualTo(5);
    }

    @Test
    void failuresMoreThanAnHourAfterTheFirstStartANewCount() {
        for (int i = 0; i < 4; i++) {
            failAt(Duration.ofMinutes(i * 10));
        }

        assertThat(failAt(Duration.ofMinutes(61))).as("the 5th wrong code, but outside the first one's hour").isEmpty();
        assertThat(lock.failedCount()).isEqualTo(1);
        assertThat(lock.attemptsLeft(NINE.plus(Duration.ofMinutes(62)))).isEqualTo(4);
    }

    @Test
    void attemptsLeftAreFullAgainOnceTheWindowPassesWithoutAFailure() {
        failAt(Duration.ZERO);
        failAt(Duration.ofMinutes(1));

        assertThat(lock.attemptsLeft(NINE.plus(Duration.ofMinutes(59)))).isEqualTo(3);
        assertThat(lock.attemptsLeft(NINE.plus(Duration.ofMinutes(60)))).isEqualTo(5);
    }

    @Test
    void afterALockEndsTheNextWrongCodeStartsAFreshCount() {
        for (int i = 0; i < 5; i++) {
            failAt(Duration.ofMinutes(i));
        }

        assertThat(failAt(Duration.ofMinutes(65))).isEmpty();
        assertThat(lock.failedCount()).isEqualTo(1);
        assertThat(lock.lockedUntil()).isNull();
    }

    @Test
    void aRightCodeClearsTheEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            failAt(Duration.ofMinutes(i));
        }

        lock.succeeded();

        assertThat(lock.attemptsLeft(NINE.plus(Duration.ofMinutes(5)))).isEqualTo(5);
        for (int i = 0; i < 4; i++) {
            assertThat(failAt(Duration.ofMinutes(10 + i))).isEmpty();
        }
    }

    @Test
    void theBackOfficeLiftsALockAndTheCountStartsAfresh() {
        for (int i = 0; i < 5; i++) {
            failAt(Duration.ofMinutes(i));
        }

        assertThat(lock.lift(NINE.plus(Duration.ofMinutes(20)))).isTrue();

        assertThat(lock.lockedAt(NINE.plus(Duration.ofMinutes(20)))).isEmpty();
        assertThat(lock.attemptsLeft(NINE.plus(Duration.ofMinutes(20)))).isEqualTo(5);
        assertThat(lock.failedCount()).isZero();
    }

    @Test
    void liftingANumberThatIsNotLockedChangesNothing() {
        failAt(Duration.ZERO);
        failAt(Duration.ofMinutes(1));

        assertThat(lock.lift(NINE.plus(Duration.ofMinutes(2)))).isFalse();

        assertThat(lock.failedCount()).isEqualTo(2);
    }
}
