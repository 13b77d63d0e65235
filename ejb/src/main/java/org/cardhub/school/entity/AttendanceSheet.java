package org.cardhub.school.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A class's register for a period of days on the school's clock: the school and the class, the hours of lessons, the
 * school's date when it was read, each pupil's line (by name) and each day's figures.
 */
public record AttendanceSheet(long schoolId, String schoolName, ZoneId zone, long classId, String className,
                              LocalTime lessonsStart, LocalTime lessonsEnd, LocalDate today, LocalDate from,
                              LocalDate to, List<PupilAttendance> pupils, List<AttendanceCounts> counts)
        implements Serializable {

    public AttendanceSheet {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        pupils = List.copyOf(pupils);
        counts = List.copyOf(counts);
    }

    /** The days of the period, first to last. */
    public List<LocalDate> days() {
        return Stream.iterate(from, day -> !day.isAfter(to), day -> day.plusDays(1)).toList();
    }

    public AttendanceCounts countsOn(LocalDate date) {
        return counts.stream().filter(day -> day.date().equals(date)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + date + " in the register"));
    }

    /** The pupils whose day had that status, by name. */
    public List<String> namesOn(LocalDate date, AttendanceStatus status) {
        return pupils.stream().filter(pupil -> pupil.on(date).status() == status).map(PupilAttendance::name).toList();
    }

    /** The pupils who left early that day, by name. */
    public List<String> leftEarlyOn(LocalDate date) {
        return pupils.stream().filter(pupil -> pupil.on(date).leftEarly()).map(PupilAttendance::name).toList();
    }
}
