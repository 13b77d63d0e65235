package org.cardhub.school.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A pupil's line of the register: their card, their name and a day for each day of the period, in order. */
public record PupilAttendance(long cardId, String name, List<AttendanceDay> days) implements Serializable {

    public PupilAttendance {
        days = List.copyOf(days);
    }

    public AttendanceDay on(LocalDate date) {
        return days.stream().filter(day -> day.date().equals(date)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + date + " in the register"));
    }
}
