package org.cardhub.school.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a school's register reads the turnstile, on the school's clock ({@code zone}) at the moment {@code now}:
 * <ul>
 * <li>a pupil who passed the turnstile that day came: late when the first entry is after the start of lessons, to
 * the minute as the register shows it (in at 08:30 and 08:30:59 is on time, 08:31 late); an exit without any entry
 * counts as come (the entry was missed: nobody leaves a school they were not in), and is never late;</li>
 * <li>they left early when their last exit is before lessons end and after their last entry (out at 12:00 and back
 * at 12:40 is not leaving);</li>
 * <li>one who did not pass is absent on a day with lessons ({@link LessonDay}) once lessons have started, expected
 * before, and has no lessons on a day the school's turnstiles saw nobody.</li>
 * </ul>
 * The database counts a school's days by the same instants ({@link #segmentBounds}): keep both in step.
 */
public record AttendanceRules(ZoneId zone, LocalTime lessonsStart, LocalTime lessonsEnd, Instant now) {

    public AttendanceRules {
        Objects.requireNonNull(zone);
        Objects.requireNonNull(now);
        if (!lessonsEnd.isAfter(lessonsStart)) {
            throw new IllegalArgumentException("Lessons end after they start");
        }
    }

    /** The school's date now. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    public Instant midnight(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    public Instant lessonsStartOn(LocalDate date) {
        return ZonedDateTime.of(date, lessonsStart, zone).toInstant();
    }

    /** The first moment an entry is late: a minute after lessons start, as times are shown to the minute. */
    public Instant lateFrom(LocalDate date) {
        return ZonedDateTime.of(date, lessonsStart, zone).plusMinutes(1).toInstant();
    }

    public Instant lessonsEndOn(LocalDate date) {
        return ZonedDateTime.of(date, lessonsEnd, zone).toInstant();
    }

    /**
     * The moments that cut the days {@code first} … {@code first + days - 1} into three parts each — [midnight,
     * {@link #lateFrom}), [late from, {@link #lessonsEndOn}), [lessons end, next midnight) — the window's midnight
     * first and the midnight after its last day last: {@code 3 × days + 1} moments, rising. Part 3d of the
     * window is day d before the late mark, 3d + 1 its lessons, 3d + 2 its evening.
     */
    public List<Instant> segmentBounds(LocalDate first, int days) {
        List<Instant> bounds = new ArrayList<>(3 * days + 1);
        for (int day = 0; day < days; day++) {
            LocalDate date = first.plusDays(day);
            bounds.add(midnight(date));
            bounds.add(lateFrom(date));
            bounds.add(lessonsEndOn(date));
        }
        bounds.add(midnight(first.plusDays(days)));
        return bounds;
    }

    /** Whether the day had lessons, knowing whether anybody of the school passed its turnstiles that day. */
    public LessonDay lessonDay(LocalDate date, boolean schoolPassed) {
        if (schoolPassed) {
            return LessonDay.LESSONS;
        }
        return date.isAfter(today()) || date.equals(today()) && now.isBefore(lessonsEndOn(date))
                ? LessonDay.AHEAD : LessonDay.NO_LESSONS;
    }

    /** Whether a pupil not come by now is absent: a day with lessons that have begun. */
    public boolean absenceCounts(LocalDate date, LessonDay lessonDay) {
        return lessonDay == LessonDay.LESSONS && (date.isBefore(today()) || !now.isBefore(lessonsStartOn(date)));
    }

    /** A pupil's day from what the turnstile saw of them that day. */
    public AttendanceDay day(LocalDate date, LessonDay lessonDay, DayPasses passes) {
        if (!passes.any()) {
            AttendanceStatus status = switch (lessonDay) {
                case NO_LESSONS -> AttendanceStatus.NO_LESSONS;
                case AHEAD -> AttendanceStatus.EXPECTED;
                case LESSONS -> absenceCounts(date, lessonDay) ? AttendanceStatus.ABSENT : AttendanceStatus.EXPECTED;
            };
            return new AttendanceDay(date, status, null, null, false);
        }
        boolean late = passes.firstEntry() != null && !passes.firstEntry().isBefore(lateFrom(date));
        Instant lastExit = passes.lastExit();
        boolean leftEarly = lastExit != null && lastExit.isBefore(lessonsEndOn(date))
                && (passes.lastEntry() == null || lastExit.isAfter(passes.lastEntry()));
        return new AttendanceDay(date, late ? AttendanceStatus.LATE : AttendanceStatus.PRESENT, clock(passes.firstEntry()),
                clock(lastExit), leftEarly);
    }

    /** The moment on the school's clock, to the minute. */
    private LocalTime clock(Instant at) {
        return at == null ? null : LocalTime.ofInstant(at, zone).truncatedTo(ChronoUnit.MINUTES);
    }
}
