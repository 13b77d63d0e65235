package org.cardhub.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.school.control.TurnstileDays;
import org.cardhub.school.entity.AttendanceCounts;
import org.cardhub.school.entity.AttendanceDay;
import org.cardhub.school.entity.AttendanceRefusal;
import org.cardhub.school.entity.AttendanceRules;
import org.cardhub.school.entity.AttendanceSheet;
import org.cardhub.school.entity.ClassRef;
import org.cardhub.school.entity.DayPasses;
import org.cardhub.school.entity.LessonDay;
import org.cardhub.school.entity.PupilAttendance;
import org.cardhub.school.entity.PupilRow;
import org.cardhub.school.entity.SchoolHours;
import org.cardhub.school.entity.SchoolRef;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A class's attendance from the school's turnstiles, on the school's clock: each pupil's day (present, late, absent,
 * left early, with the first entry and the last exit) and each day's figures, for a day or a stretch of days
 * ({@link AttendanceRules} has the rules); and the figures of a school's classes by day, for the director's dashboard.
 * A teacher reads the classes they lead, a director or an administrator their school's, the back office every
 * school's; any other class or school is refused as unknown ({@link StaffDirectory}). Whatever the size of the school
 * or the length of its history, a call reads the period's passes in one statement, and whether the school had lessons
 * on each of its days in another ({@link TurnstileDays}).
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.DIRECTOR, Role.Names.BACKOFFICE})
// the statements run over JDBC on the transaction's own connection, which EclipseLink hands out only in a transaction
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ClassAttendance {

    /** The most days one call reads: two months. */
    public static final int MOST_DAYS = 62;

    @EJB
    StaffDirectory staff;

    @Inject
    TurnstileDays turnstile;

    private final Clock clock = Clock.systemUTC();

    /** The class's register from {@code from} to {@code to}, both included. */
    public AttendanceSheet sheet(long classId, LocalDate from, LocalDate to) {
        int days = length(from, to);
        ClassRef schoolClass = staff.requireClass(classId);
        return register(schoolClass, staff.requireSchool(schoolClass.schoolId()), from, days);
    }

    /** The class's register of the school's today. */
    public AttendanceSheet today(long classId) {
        ClassRef schoolClass = staff.requireClass(classId);
        SchoolRef school = staff.requireSchool(schoolClass.schoolId());
        return register(schoolClass, school, LocalDate.ofInstant(clock.instant(), school.zone()), 1);
    }

    private AttendanceSheet register(ClassRef schoolClass, SchoolRef school, LocalDate from, int days) {
        AttendanceRules rules = rulesOf(school);
        List<PupilRow> pupils = staff.pupilsOf(schoolClass.id());
        Map<Long, Map<Integer, DayPasses>> passes = turnstile.passes(schoolClass.id(), rules.segmentBounds(from, days));
        boolean[] schoolPassed = turnstile.schoolPassed(school.contractId(), midnights(rules, from, days));
        List<LessonDay> lessonDays = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            int index = day;
            boolean classPassed = passes.values().stream().anyMatch(cardDays -> cardDays.containsKey(index));
            lessonDays.add(rules.lessonDay(from.plusDays(day), schoolPassed[day] || classPassed));
        }
        List<PupilAttendance> lines = pupils.stream().map(pupil -> {
            Map<Integer, DayPasses> own = passes.getOrDefault(pupil.cardId(), Map.of());
            List<AttendanceDay> register = new ArrayList<>();
            for (int day = 0; day < days; day++) {
                register.add(rules.day(from.plusDays(day), lessonDays.get(day), own.getOrDefault(day, DayPasses.NONE)));
            }
            return new PupilAttendance(pupil.cardId(), pupil.name(), register);
        }).toList();
        List<AttendanceCounts> counts = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            LocalDate date = from.plusDays(day);
            counts.add(AttendanceCounts.of(date, schoolClass.id(), schoolClass.name(), lessonDays.get(day),
                    lines.stream().map(line -> line.on(date)).toList()));
        }
        return new AttendanceSheet(school.id(), school.name(), school.zone(), schoolClass.id(), schoolClass.name(),
                rules.lessonsStart(), rules.lessonsEnd(), rules.today(), from, from.plusDays(days - 1L), lines, counts);
    }

    /**
     * The figures of each day from {@code from} to {@code to} for each class of the school the caller reaches (a
     * teacher their own), or for the one class {@code classId} when it is given; by day, then by grade and letter.
     * Counted in the database: a day of a school of 1 500 pupils is one pass over that day's passes.
     */
    public List<AttendanceCounts> dailyCounts(long schoolId, Long classId, LocalDate from, LocalDate to) {
        int days = length(from, to);
        SchoolRef school = staff.requireSchool(schoolId);
        List<ClassRef> classes = classId == null ? staff.myClasses(schoolId) : List.of(classOf(schoolId, classId));
        AttendanceRules rules = rulesOf(school);
        Map<String, TurnstileDays.Figures> figures = new HashMap<>();
        for (TurnstileDays.Figures found : turnstile.figures(classes.stream().map(ClassRef::id).toList(),
                rules.segmentBounds(from, days))) {
            figures.put(found.classId() + "/" + found.day(), found);
        }
        boolean[] schoolPassed = turnstile.schoolPassed(school.contractId(), midnights(rules, from, days));
        List<AttendanceCounts> counts = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            LocalDate date = from.plusDays(day);
            for (ClassRef schoolClass : classes) {
                TurnstileDays.Figures found = figures.getOrDefault(schoolClass.id() + "/" + day,
                        new TurnstileDays.Figures(schoolClass.id(), day, 0, 0, 0));
                LessonDay lessonDay = rules.lessonDay(date, schoolPassed[day] || found.came() > 0);
                counts.add(AttendanceCounts.counted(date, schoolClass.id(), schoolClass.name(), lessonDay,
                        schoolClass.pupils(), found.came(), found.late(), found.leftEarly(),
                        rules.absenceCounts(date, lessonDay)));
            }
        }
        return counts;
    }

    private ClassRef classOf(long schoolId, long classId) {
        ClassRef schoolClass = staff.requireClass(classId);
        if (schoolClass.schoolId() != schoolId) {
            throw new AccessDeniedException("class", classId);
        }
        return schoolClass;
    }

    private AttendanceRules rulesOf(SchoolRef school) {
        SchoolHours hours = staff.hoursOf(school.id());
        return new AttendanceRules(school.zone(), hours.lessonsStart(), hours.lessonsEnd(), clock.instant());
    }

    private static List<Instant> midnights(AttendanceRules rules, LocalDate from, int days) {
        List<Instant> midnights = new ArrayList<>(days + 1);
        for (int day = 0; day <= days; day++) {
            midnights.add(rules.midnight(from.plusDays(day)));
        }
        return midnights;
    }

    private static int length(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new AttendanceRefusal(AttendanceRefusal.Code.PERIOD_REVERSED, "A period ends on or after it starts: "
                    + from + " to " + to);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MOST_DAYS) {
            throw new AttendanceRefusal(AttendanceRefusal.Code.PERIOD_TOO_LONG, "At most " + MOST_DAYS + " days: " + days);
        }
        return (int) days;
    }
}
