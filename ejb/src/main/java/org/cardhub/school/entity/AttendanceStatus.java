package org.cardhub.school.entity;

/**
 * A pupil's school day as the teacher's register reads it. A pupil who came is {@link #PRESENT} or {@link #LATE}
 * (leaving early is said apart, as it goes with either); one who did not is {@link #ABSENT} once lessons have begun on
 * a school day, {@link #EXPECTED} before, and has {@link #NO_LESSONS} on a day the school was closed.
 */
public enum AttendanceStatus {
    /** Came in by the start of lessons (or their exit was recorded and their entry missed). */
    PRESENT,
    /** First came in after lessons had started. */
    LATE,
    /** Did not pass the turnstile on a school day whose lessons have begun. */
    ABSENT,
    /** Not come yet: lessons have not started, or the day is still ahead. */
    EXPECTED,
    /** Nobody at the school passed the turnstile that day: a weekend, a holiday, the holidays. */
    NO_LESSONS;

    /** Whether the pupil was at school that day. */
    public boolean came() {
        return this == PRESENT || this == LATE;
    }
}
