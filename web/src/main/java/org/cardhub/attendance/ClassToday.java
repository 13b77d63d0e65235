package org.cardhub.attendance;

import org.cardhub.school.entity.AttendanceCounts;
import org.cardhub.school.entity.AttendanceSheet;
import org.cardhub.school.entity.AttendanceStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One of the teacher's classes as their home shows it today: the figures and who is absent, late, gone early. */
public record ClassToday(ClassChoice schoolClass, LocalDate today, AttendanceCounts counts, List<String> absent,
                         List<String> late, List<String> leftEarly) implements Serializable {

    static ClassToday of(ClassChoice schoolClass, AttendanceSheet sheet) {
        LocalDate today = sheet.today();
        return new ClassToday(schoolClass, today, sheet.countsOn(today), sheet.namesOn(today, AttendanceStatus.ABSENT),
                sheet.namesOn(today, AttendanceStatus.LATE), sheet.leftEarlyOn(today));
    }

    public String absentNames() {
        return String.join(", ", absent);
    }

    public String lateNames() {
        return String.join(", ", late);
    }

    public String leftEarlyNames() {
        return String.join(", ", leftEarly);
    }
}
