package org.cardhub.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How many wrong activation codes were typed for one school contract number, and until when linking by it is locked.
 * Five wrong codes within an hour of the first lock the number for an hour; a failure after the hour (or after a lock
 * ended) starts a new count; a right code or the back office lifting the lock clears it. A locked number checks no code
 * at all, the right one neither, so a lock cannot be used to test codes.
 */
@Entity
@Table(name = "guardian_link_lock")
public class GuardianLinkLock {

    public static final int MAX_FAILURES = 5;
    /** The failures counted together: those within this time of the first. */
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final Duration LOCK = Duration.ofHours(1);

    @Id
    @Column(name = "contract_number")
    private String contractNumber;

    @Column(name = "failed_count")
    private int failedCount;

    @Column(name = "first_failure_at")
    private Instant firstFailureAt;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected GuardianLinkLock() {
    }

    public GuardianLinkLock(String contractNumber) {
        this.contractNumber = Objects.requireNonNull(contractNumber);
    }

    /** Until when linking by this number is refused, if it is at {@code now}. */
    public Optional<Instant> lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /**
     * Counts a wrong code typed at {@code now} (never called while locked: a locked number checks no code).
     *
     * @return the lock's end when this failure locked the number, empty when attempts are left
     */
    public Optional<Instant> fail(Instant now) {
        if (lockedAt(now).isPresent()) {
            throw new IllegalStateException("Number " + contractNumber + " is locked; no code was checked");
        }
        if (firstFailureAt == null || lockedUntil != null || !now.isBefore(firstFailureAt.plus(WINDOW))) {
            failedCount = 0;
            firstFailureAt = now;
            lockedUntil = null;
        }
        failedCount++;
        lastFailureAt = now;
        if (failedCount >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
        }
        return Optional.ofNullable(lockedUntil);
    }

    /** How many more wrong codes the number takes at {@code now} before it locks. */
    public int attemptsLeft(Instant now) {
        if (lockedAt(now).isPresent()) {
            return 0;
        }
        boolean counting = firstFailureAt != null && lockedUntil == null && now.isBefore(firstFailureAt.plus(WINDOW));
        return MAX_FAILURES - (counting ? failedCount : 0);
    }

    /** A right code: earlier failures no longer count. */
    public void succeeded() {
        clear();
    }

    /**
     * The back office lifts the lock (a parent called with the right code at hand), and the count starts afresh.
     *
     * @return whether the number was locked at {@code now}; when it was not, nothing changes
     */
    public boolean lift(Instant now) {
        if (lockedAt(now).isEmpty()) {
            return false;
        }
        clear();
        return true;
    }

    private void clear() {
        failedCount = 0;
        firstFailureAt = null;
        lastFailureAt = null;
        lockedUntil = null;
    }

    public String contractNumber() {
        return contractNumber;
    }

    public int failedCount() {
        return failedCount;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
