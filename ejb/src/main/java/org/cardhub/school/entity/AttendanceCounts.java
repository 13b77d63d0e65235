package org.cardhub.school.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * A class's day in figures: how many pupils it has, how many came ({@code present}, the late ones among them), how many
 * of those were late and left early, and how many are absent (none before lessons start or on a day without lessons).
 */
public record AttendanceCounts(LocalDate date, long classId, String className, LessonDay lessonDay, long pupils,
                               long present, long late, long absent, long leftEarly) implements Serializable {

    public AttendanceCounts {
        Objects.requireNonNull(date);
        Objects.requireNonNull(lessonDay);
    }

    /** The figures of the pupils' days of one date. */
    public static AttendanceCounts of(LocalDate date, long classId, String className, LessonDay lessonDay,
                                      Collection<AttendanceDay> days) {
        long present = days.stream().filter(day -> day.status().came()).count();
        long late = days.stream().filter(day -> day.status() == AttendanceStatus.LATE).count();
        long absent = days.stream().filter(day -> day.status() == AttendanceStatus.ABSENT).count();
        long leftEarly = days.stream().filter(AttendanceDay::leftEarly).count();
        return new AttendanceCounts(date, classId, className, lessonDay, days.size(), present, late, absent, leftEarly);
    }

    /**
     * The figures as the database counts them: {@code came} pupils with a pass, of {@code pupils}; the rest absent
     * when {@code absenceCounts}.
     */
    public static AttendanceCounts counted(LocalDate date, long classId, String className, LessonDay lessonDay,
                                           long pupils, long came, long late, long leftEarly, boolean absenceCounts) {
        return new AttendanceCounts(date, classId, className, lessonDay, pupils, came, late,
                absenceCounts ? Math.max(0, pupils - came) : 0, leftEarly);
    }

    /** Pupils neither come nor absent yet. */
    public long expected() {
        return Math.max(0, pupils - present - absent);
    }

    /** The same day's figures of two classes together, for a school's day (no class of its own: id 0, no name). */
    public AttendanceCounts plus(AttendanceCounts other) {
        LessonDay day = lessonDay == LessonDay.LESSONS || other.lessonDay == LessonDay.LESSONS ? LessonDay.LESSONS : lessonDay;
        return new AttendanceCounts(date, 0, null, day, pupils + other.pupils, present + other.present,
                late + other.late, absent + other.absent, leftEarly + other.leftEarly);
    }
}
