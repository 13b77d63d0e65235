package org.cardhub.it.school;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.cards.entity.Card;
import org.cardhub.it.TeacherPages;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.CoreTestDeployment;
import org.cardhub.it.core.StaffSchool;
import org.cardhub.school.boundary.AttendanceLog;
import org.cardhub.school.entity.Attendance;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo teacher ({@code teacher}) reads a class's week in a real Chromium. Inside Payara, a school of the run's own
 * («Школа» and the run's mark, Moscow, lessons 08:30–14:00) gets class 5А with three pupils, the demo teacher as its
 * class teacher, and last week at its turnstile: Алексеев Пётр on time every day, Борисова Анна late on Monday and gone
 * at 12:15 on Tuesday, Васильев Иван absent on Monday. In the browser the teacher finds the class on their home page,
 * opens its week, steps back to last week and sees the marks in words with the times; downloads the register as XLSX
 * and reads it back with POI (and the PDF with PDFBox); the week's grid scrolls in its box on a phone while the page
 * does not. Afterwards the demo teacher is taken off the run's school, so the demo stays theirs.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeacherAttendanceInBrowserIT {

    private static final String DEMO_TEACHER = "d3e0c0de-0000-4000-8000-000000000006";
    private static final String RUN_RESOURCE = "cardhub-it/teacher-attendance-run.txt";
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final List<String> PUPILS = List.of("Алексеев Пётр", "Борисова Анна", "Васильев Иван");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static String run;

    @Deployment
    static EnterpriseArchive deployment() {
        run = UUID.randomUUID().toString().substring(0, 6);
        JavaArchive mark = ShrinkWrap.create(JavaArchive.class, "teacher-attendance-run.jar")
                .addAsResource(new StringAsset(run), RUN_RESOURCE);
        return CoreTestDeployment.with("teacher-attendance", TeacherAttendanceInBrowserIT.class, TeacherPages.class,
                TeacherPages.Download.class).addAsLibrary(mark);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    StaffSchool staffSchool;

    @EJB
    Terminals terminals;

    @EJB
    AttendanceLog attendanceLog;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    @Order(1)
    void aSchoolOfTheRunWithClassFiveALedByTheDemoTeacherAndLastWeekAtItsTurnstile() throws Exception {
        StaffSchool.School school = backOffice.call(() -> staffSchool.school("Europe/Moscow", PUPILS.size(), "5А"));
        update("UPDATE organization SET name = ? WHERE id = ?", schoolName(), school.id());
        for (int i = 0; i < PUPILS.size(); i++) {
            update("UPDATE card SET holder_name = ? WHERE id = ?", PUPILS.get(i), school.pupil("5А", i).id());
        }
        backOffice.run(() -> {
            staffSchool.hours(school.id(), "08:30", "14:00");
            staffSchool.classTeacher(school.id(), school.classId("5А"), DEMO_TEACHER, "Иванова Анна Петровна");
        });
        String gate = "GATE-T" + ThreadLocalRandom.current().nextInt(1_000_000);
        backOffice.call(() -> terminals.register(gate, TerminalKind.TURNSTILE, school.id(), "Школа, вход", null, "RU-MOW"));
        Card alekseev = school.pupil("5А", 0);
        Card borisova = school.pupil("5А", 1);
        Card vasiliev = school.pupil("5А", 2);
        for (int day = 0; day < 5; day++) {
            pass(gate, alekseev, day, "08:05", true);
            pass(gate, alekseev, day, "14:20", false);
            if (day > 0) {
                pass(gate, vasiliev, day, "08:10", true);
            }
        }
        pass(gate, borisova, 0, "08:47", true);
        pass(gate, borisova, 1, "08:15", true);
        pass(gate, borisova, 1, "12:15", false);

        assertThat(staffSchool.cardsOf(school.classId("5А"))).hasSize(3);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theTeacherOpensLastWeekOfTheClassSeesTheMarksAndReadsTheDownloadedWorkbook() throws Exception {
        LocalDate monday = lastMonday();
        try (TeacherPages pages = TeacherPages.signedIn("teacher", false)) {
            String classId = pages.classOnHome(mark());
            assertThat(classId).as("the class of the run's school on the teacher's home").isNotNull();
            assertThat(pages.homePanel(classId)).contains("5А").contains(schoolName()).contains("Неделя");

            pages.openWeekFromHome(classId, monday);

            assertThat(pages.text("attendance-class")).isEqualTo("5А");
            assertThat(pages.text("period-text")).isEqualTo(DATE.format(monday) + "–" + DATE.format(monday.plusDays(4)));
            assertThat(pages.cell("Алексеев Пётр", monday)).containsExactly("PRESENT", "Вовремя 08:05");
            assertThat(pages.cell("Борисова Анна", monday)).containsExactly("LATE", "Опоздание 08:47");
            assertThat(pages.cell("Васильев Иван", monday)).containsExactly("ABSENT", "Отсутствие");
            assertThat(pages.cell("Борисова Анна", monday.plusDays(1))[1]).startsWith("Вовремя 08:15").endsWith("12:15");
            assertThat(pages.cell("Борисова Анна", monday.plusDays(2))[0]).isEqualTo("ABSENT");
            assertThat(pages.text("legend")).contains("Вовремя").contains("Опоздание").contains("Отсутствие")
                    .contains("Ранний уход");

            TeacherPages.Download workbook = pages.download(pages.linkOf("file-xlsx"));
            assertThat(workbook.status()).isEqualTo(200);
            assertThat(URLDecoder.decode(workbook.disposition().substring(workbook.disposition().indexOf("UTF-8''") + 7),
                    StandardCharsets.UTF_8)).isEqualTo("Посещаемость 5А " + DATE.format(monday) + "–"
                    + DATE.format(monday.plusDays(4)) + ".xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
                Sheet sheet = book.getSheetAt(0);
                DataFormatter cells = new DataFormatter();
                assertThat(cells.formatCellValue(sheet.getRow(0).getCell(0))).contains("5А").contains(mark());
                Row borisova = IntStream.rangeClosed(0, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                        .filter(row -> row != null && "Борисова Анна".equals(cells.formatCellValue(row.getCell(0))))
                        .findFirst().orElseThrow();
                assertThat(cells.formatCellValue(borisova.getCell(1))).isEqualTo("Опоздание");
                assertThat(cells.formatCellValue(borisova.getCell(2))).isEqualTo("08:47");
                assertThat(cells.formatCellValue(borisova.getCell(4))).isEqualTo("Вовремя, Ранний уход 12:15");
                assertThat(cells.formatCellValue(borisova.getCell(7))).isEqualTo("Отсутствие");
            }
            TeacherPages.Download pdf = pages.download(pages.linkOf("file-pdf"));
            assertThat(pdf.contentType()).startsWith("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document)).contains("Борисова Анна").contains("Опоздание 08:47");
            }
            assertThat(pages.download(pages.linkOf("file-xlsx").replace("class=" + classId, "class=" + Long.MAX_VALUE))
                    .status()).as("a class that is not the teacher's").isEqualTo(404);
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void onAPhoneTheWeekScrollsInsideItsBoxAndThePageDoesNot() throws Exception {
        try (TeacherPages pages = TeacherPages.signedIn("teacher", true)) {
            String classId = pages.classOnHome(mark());
            pages.openWeekFromHome(classId, lastMonday());

            assertThat(pages.fitsTheScreenWithTheGridScrollingInItsBox()).isTrue();
        }
    }

    @Test
    @Order(4)
    void theDemoTeacherIsTakenOffTheRunsSchool() throws Exception {
        long school = number("SELECT id FROM organization WHERE name = ?", schoolName());
        backOffice.run(() -> staffSchool.release(DEMO_TEACHER, school));

        assertThat(number("SELECT COUNT(*) FROM school_staff WHERE organization_id = ?", school)).isZero();
    }

    /** Monday of last week on the school's clock: every day of it is past. */
    private static LocalDate lastMonday() {
        return LocalDate.now(MOSCOW).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    private void pass(String gate, Card card, int day, String time, boolean entry) {
        backOffice.run(() -> attendanceLog.record(card, gate, UUID.randomUUID().toString(),
                entry ? Attendance.Direction.ENTRY : Attendance.Direction.EXIT,
                ZonedDateTime.of(lastMonday().plusDays(day), LocalTime.parse(time), MOSCOW).toInstant()));
    }

    private static String schoolName() {
        return "Школа " + mark();
    }

    private static String mark() {
        if (run != null) {
            return run;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RUN_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... values) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private long number(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql + " " + parameter).isTrue();
                return rows.getLong(1);
            }
        }
    }
}
