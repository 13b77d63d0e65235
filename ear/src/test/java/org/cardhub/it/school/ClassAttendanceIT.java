package org.cardhub.it.school;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.Card;
import org.cardhub.it.core.AsDirector;
import org.cardhub.it.core.AsOtherDirector;
import org.cardhub.it.core.AsOtherTeacher;
import org.cardhub.it.core.AsParent;
import org.cardhub.it.core.AsTeacher;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.CoreTestDeployment;
import org.cardhub.it.core.StaffSchool;
import org.cardhub.school.boundary.AttendanceLog;
import org.cardhub.school.boundary.ClassAttendance;
import org.cardhub.school.entity.Attendance;
import org.cardhub.school.entity.AttendanceCounts;
import org.cardhub.school.entity.AttendanceDay;
import org.cardhub.school.entity.AttendanceRefusal;
import org.cardhub.school.entity.AttendanceSheet;
import org.cardhub.school.entity.AttendanceStatus;
import org.cardhub.school.entity.LessonDay;
import org.cardhub.school.entity.PupilAttendance;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A class's register from the turnstile on the real boundaries and database. A school of its own in Vladivostok, lessons
 * 08:30–14:00, classes 5А (four pupils, led by {@code teacher}) and 5Б (four, led by {@code teacher2}), its director
 * {@code director}; another school led by {@code teacher2} and {@code director2}. Last week, through the school's
 * turnstile as the terminals record passes: on time, late, exactly at the start, absent, gone early, back after lunch,
 * an exit without an entry, several entries, and a Wednesday nobody came (no lessons). The teacher reads their class
 * and nobody else's; the director every class of their school, and the database's figures by day match the register.
 */
@ExtendWith(ArquillianExtension.class)
class ClassAttendanceIT {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.with("class-attendance", ClassAttendanceIT.class);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    StaffSchool staffSchool;

    @EJB
    Terminals terminals;

    @EJB
    AttendanceLog attendanceLog;

    @EJB
    ClassAttendance attendance;

    @EJB
    AsTeacher teacher;

    @EJB
    AsOtherTeacher otherTeacher;

    @EJB
    AsDirector director;

    @EJB
    AsOtherDirector otherDirector;

    @EJB
    AsParent parent;

    private StaffSchool.School school;
    private StaffSchool.School otherSchool;
    private String gate;
    private final LocalDate monday = LocalDate.now(VLADIVOSTOK).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(1);

    @BeforeEach
    void aSchoolWithTwoClassesAndLastWeekAtItsTurnstile() {
        school = backOffice.call(() -> staffSchool.school("Asia/Vladivostok", 4, "5А", "5Б"));
        backOffice.run(() -> {
            staffSchool.hours(school.id(), "08:30", "14:00");
            staffSchool.classTeacher(school.id(), school.classId("5А"), "teacher", "Иванова Анна Петровна");
            staffSchool.classTeacher(school.id(), school.classId("5Б"), "teacher2", "Смирнова Ольга Ивановна");
            staffSchool.staff(school.id(), "director", "DIRECTOR", "Кузнецов Сергей Николаевич");
        });
        otherSchool = backOffice.call(() -> staffSchool.school("Europe/Moscow", 1, "5А"));
        backOffice.run(() -> {
            staffSchool.classTeacher(otherSchool.id(), otherSchool.classId("5А"), "teacher2", "Смирнова Ольга Ивановна");
            staffSchool.staff(otherSchool.id(), "director2", "DIRECTOR", "Орлов Павел");
        });
        gate = "GATE-A" + ThreadLocalRandom.current().nextInt(1_000_000);
        backOffice.call(() -> terminals.register(gate, TerminalKind.TURNSTILE, school.id(), "Школа, главный вход", null, "RU-PRI"));

        pass(pupil(0), 0, "08:10:00", true);
        pass(pupil(0), 0, "14:30:00", false);
        pass(pupil(1), 0, "08:45:00", true);
        pass(pupil(2), 0, "08:30:00", true);
        pass(pupil(0), 1, "08:00:00", true);
        pass(pupil(0), 1, "12:00:00", false);
        pass(pupil(1), 1, "15:00:00", false);
        pass(pupil(2), 1, "08:20:00", true);
        pass(pupil(2), 1, "10:00:00", true);
        pass(pupil(3), 1, "08:31:00", true);
        pass(pupil(0), 3, "08:00:00", true);
        pass(pupil(0), 4, "08:00:00", true);
        pass(pupil(0), 4, "12:00:00", false);
        pass(pupil(0), 4, "12:40:00", true); // out for lunch and back in: the day ends with no exit after it
        pass(school.pupil("5Б", 0), 0, "08:00:00", true);
    }

    @AfterEach
    void theStaffLeaveTheTestSchools() {
        backOffice.run(() -> {
            for (String subject : List.of("teacher", "teacher2", "director", "director2")) {
                staffSchool.release(subject, school.id(), otherSchool.id());
            }
        });
    }

    @Test
    void theTeacherReadsTheirClassWeekDayByDay() throws Exception {
        AttendanceSheet week = teacher.call(() -> attendance.sheet(school.classId("5А"), monday, monday.plusDays(4)));

        assertThat(week.className()).isEqualTo("5А");
        assertThat(week.zone()).isEqualTo(VLADIVOSTOK);
        assertThat(week.days()).hasSize(5);
        assertThat(week.pupils()).extracting(PupilAttendance::cardId).containsExactlyInAnyOrder(
                pupil(0).id(), pupil(1).id(), pupil(2).id(), pupil(3).id());
        assertThat(day(week, 0, 0)).isEqualTo(new AttendanceDay(monday, AttendanceStatus.PRESENT, LocalTime.of(8, 10),
                LocalTime.of(14, 30), false));
        assertThat(day(week, 1, 0).status()).as("in at 08:45").isEqualTo(AttendanceStatus.LATE);
        assertThat(day(week, 2, 0).status()).as("in exactly at 08:30").isEqualTo(AttendanceStatus.PRESENT);
        assertThat(day(week, 3, 0).status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(day(week, 0, 1)).as("out at noon").isEqualTo(new AttendanceDay(monday.plusDays(1),
                AttendanceStatus.PRESENT, LocalTime.of(8, 0), LocalTime.of(12, 0), true));
        assertThat(day(week, 1, 1)).as("only an exit").isEqualTo(new AttendanceDay(monday.plusDays(1),
                AttendanceStatus.PRESENT, null, LocalTime.of(15, 0), false));
        assertThat(day(week, 2, 1).firstEntry()).as("the first of two entries").isEqualTo(LocalTime.of(8, 20));
        assertThat(day(week, 3, 1).status()).as("in at 08:31").isEqualTo(AttendanceStatus.LATE);
        assertThat(week.pupils()).allSatisfy(pupil -> assertThat(pupil.on(monday.plusDays(2)).status())
                .as("Wednesday: nobody at the school").isEqualTo(AttendanceStatus.NO_LESSONS));
        assertThat(day(week, 1, 3).status()).isEqualTo(AttendanceStatus.ABSENT);
        assertThat(day(week, 0, 4).leftEarly()).as("out for lunch and back").isFalse();
        assertThat(week.counts()).extracting(AttendanceCounts::lessonDay, AttendanceCounts::present, AttendanceCounts::late,
                AttendanceCounts::absent, AttendanceCounts::leftEarly).containsExactly(
                tuple(LessonDay.LESSONS, 3L, 1L, 1L, 0L), tuple(LessonDay.LESSONS, 4L, 1L, 0L, 1L),
                tuple(LessonDay.NO_LESSONS, 0L, 0L, 0L, 0L), tuple(LessonDay.LESSONS, 1L, 0L, 3L, 0L),
                tuple(LessonDay.LESSONS, 1L, 0L, 3L, 0L));
        AttendanceSheet tuesday = teacher.call(() -> attendance.sheet(school.classId("5А"), monday.plusDays(1), monday.plusDays(1)));
        assertThat(tuesday.counts()).containsExactly(week.countsOn(monday.plusDays(1)));
        assertThat(teacher.call(() -> attendance.today(school.classId("5А"))).from()).isEqualTo(LocalDate.now(VLADIVOSTOK));
    }

    @Test
    void theDatabasesFiguresByDayAreTheRegistersAndTheDirectorSeesEveryClassOfTheSchool() throws Exception {
        AttendanceSheet week = teacher.call(() -> attendance.sheet(school.classId("5А"), monday, monday.plusDays(4)));

        List<AttendanceCounts> schoolDays = director.call(() -> attendance.dailyCounts(school.id(), null, monday, monday.plusDays(4)));
        List<AttendanceCounts> teachers = teacher.call(() -> attendance.dailyCounts(school.id(), null, monday, monday.plusDays(4)));

        assertThat(schoolDays.stream().filter(day -> day.classId() == school.classId("5А")).toList())
                .containsExactlyElementsOf(week.counts());
        assertThat(schoolDays).extracting(AttendanceCounts::className).containsOnly("5А", "5Б").hasSize(10);
        assertThat(teachers).as("the teacher's own class only").containsExactlyElementsOf(week.counts());
        assertThat(director.call(() -> attendance.sheet(school.classId("5Б"), monday, monday)).className()).isEqualTo("5Б");
    }

    @Test
    void aTeacherIsRefusedAClassTheyDoNotLeadAndAnotherSchoolsClass() {
        LocalDate friday = monday.plusDays(4);

        assertDenied(() -> teacher.call(() -> attendance.sheet(school.classId("5Б"), monday, friday)));
        assertDenied(() -> teacher.call(() -> attendance.sheet(otherSchool.classId("5А"), monday, friday)));
        assertDenied(() -> teacher.call(() -> attendance.today(school.classId("5Б"))));
        assertDenied(() -> teacher.call(() -> attendance.dailyCounts(school.id(), school.classId("5Б"), monday, friday)));
        assertDenied(() -> teacher.call(() -> attendance.dailyCounts(otherSchool.id(), null, monday, friday)));
        assertDenied(() -> teacher.call(() -> attendance.sheet(Long.MAX_VALUE, monday, friday)));
        assertDenied(() -> otherTeacher.call(() -> attendance.sheet(school.classId("5А"), monday, friday)));
        assertDenied(() -> director.call(() -> attendance.sheet(otherSchool.classId("5А"), monday, friday)));
        assertDenied(() -> director.call(() -> attendance.dailyCounts(school.id(), otherSchool.classId("5А"), monday, friday)));
        assertDenied(() -> otherDirector.call(() -> attendance.dailyCounts(school.id(), null, monday, friday)));
        Throwable notStaff = catchThrowable(() -> parent.call(() -> attendance.sheet(school.classId("5А"), monday, friday)));
        assertThat(causes(notStaff)).as("a parent is no member of staff").anyMatch(EJBAccessException.class::isInstance);
    }

    @Test
    void aPeriodReversedOrLongerThanTwoMonthsIsRefused() {
        Throwable reversed = catchThrowable(() -> teacher.call(() -> attendance.sheet(school.classId("5А"), monday, monday.minusDays(1))));
        Throwable tooLong = catchThrowable(() -> teacher.call(() -> attendance.sheet(school.classId("5А"), monday,
                monday.plusDays(ClassAttendance.MOST_DAYS))));

        assertThat(causes(reversed)).anyMatch(cause -> cause instanceof AttendanceRefusal refusal
                && refusal.code() == AttendanceRefusal.Code.PERIOD_REVERSED);
        assertThat(causes(tooLong)).anyMatch(cause -> cause instanceof AttendanceRefusal refusal
                && refusal.code() == AttendanceRefusal.Code.PERIOD_TOO_LONG);
    }

    private Card pupil(int index) {
        return school.pupil("5А", index);
    }

    private AttendanceDay day(AttendanceSheet sheet, int pupil, int day) {
        long card = pupil(pupil).id();
        return sheet.pupils().stream().filter(line -> line.cardId() == card).findFirst().orElseThrow()
                .on(monday.plusDays(day));
    }

    /** A pass through the school's turnstile, recorded as the terminal protocol records it. */
    private void pass(Card card, int day, String time, boolean entry) {
        backOffice.run(() -> attendanceLog.record(card, gate, UUID.randomUUID().toString(),
                entry ? Attendance.Direction.ENTRY : Attendance.Direction.EXIT,
                ZonedDateTime.of(monday.plusDays(day), LocalTime.parse(time), VLADIVOSTOK).toInstant()));
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    private static void assertDenied(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(causes(thrown)).as("refused as unknown: " + thrown).anyMatch(AccessDeniedException.class::isInstance);
    }
}
