package org.cardhub.attendance;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.school.entity.AttendanceCounts;
import org.cardhub.school.entity.AttendanceDay;
import org.cardhub.school.entity.AttendanceRules;
import org.cardhub.school.entity.AttendanceSheet;
import org.cardhub.school.entity.DayPasses;
import org.cardhub.school.entity.LessonDay;
import org.cardhub.school.entity.PupilAttendance;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A week's register of 5А as the teacher downloads it, read back: the workbook has the heading, a line per pupil with
 * each day's status in words, entry and exit, and the figures; the PDF the same words in Cyrillic; the file is named
 * in Russian for browsers that read RFC 6266 and plainly for the rest.
 */
class AttendanceFilesTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final AttendanceRules RULES = new AttendanceRules(VLADIVOSTOK, LocalTime.of(8, 30), LocalTime.of(14, 0),
            Instant.parse("2026-12-20T00:00:00Z"));
    private static final AttendanceLabels RUSSIAN = new AttendanceLabels(Locale.forLanguageTag("ru"));

    @Test
    void theWorkbookHasALinePerPupilWithEachDaysStatusInWordsAndTheFigures() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        AttendanceFormat.XLSX.write(week(), RUSSIAN, file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Посещаемость класса 5А — Школа № 7");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Период: 07.12.2026–11.12.2026");
            assertThat(sheet.getRow(AttendanceWorkbook.HEADINGS).getCell(1).getStringCellValue()).isEqualTo("пн 07.12");
            Row ivan = sheet.getRow(AttendanceWorkbook.HEADINGS + 2);
            assertThat(ivan.getCell(0).getStringCellValue()).isEqualTo("Петров Иван");
            assertThat(ivan.getCell(1).getStringCellValue()).isEqualTo("Вовремя");
            assertThat(ivan.getCell(2).getStringCellValue()).isEqualTo("08:05");
            assertThat(ivan.getCell(3).getStringCellValue()).isEqualTo("14:35");
            assertThat(ivan.getCell(1 + AttendanceWorkbook.PER_DAY).getStringCellValue()).isEqualTo("Опоздание, Ранний уход 12:00");
            Row maria = sheet.getRow(AttendanceWorkbook.HEADINGS + 3);
            assertThat(maria.getCell(1).getStringCellValue()).isEqualTo("Отсутствие");
            assertThat(maria.getCell(2).getStringCellValue()).isEmpty();
            Row present = sheet.getRow(AttendanceWorkbook.HEADINGS + 6);
            assertThat(present.getCell(0).getStringCellValue()).isEqualTo("Пришли");
            assertThat(present.getCell(1).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void thePdfReadsTheSameWordsInCyrillic() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        AttendanceFormat.PDF.write(week(), RUSSIAN, file);

        try (PDDocument pdf = Loader.loadPDF(file.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Посещаемость класса 5А — Школа № 7").contains("Петров Иван").contains("Петрова Мария")
                    .contains("Вовремя 08:05").contains("Опоздание 08:40").contains("Ранний уход 12:00")
                    .contains("Отсутствие").contains("пн 07.12").contains("пт 11.12");
        }
    }

    @Test
    void theFileIsNamedInRussianWithAPlainNameForOldBrowsers() {
        String name = RUSSIAN.fileName("5А", AttendancePeriod.weekOf(MONDAY), "xlsx");

        assertThat(name).isEqualTo("Посещаемость 5А 07.12.2026–11.12.2026.xlsx");
        assertThat(AttendanceFileServlet.disposition(name, "attendance-5-2026-12-07-2026-12-11.xlsx"))
                .startsWith("attachment; filename=\"attendance-5-2026-12-07-2026-12-11.xlsx\"; filename*=UTF-8''")
                .contains("%D0%9F%D0%BE%D1%81%D0%B5%D1%89%D0%B0%D0%B5%D0%BC%D0%BE%D1%81%D1%82%D1%8C%205%D0%90%2007.12.2026")
                .doesNotContain("+");
        assertThat(new AttendanceLabels(Locale.ENGLISH).fileName("5А", AttendancePeriod.day(MONDAY), "pdf"))
                .isEqualTo("Attendance 5А 07.12.2026.pdf");
    }

    @Test
    void aFileIsOfTheDatesItsAddressSaysAndOfNothingGuessed() {
        assertThat(AttendanceFileServlet.periodOf("2026-12-07", "2026-12-11")).contains(AttendancePeriod.weekOf(MONDAY));
        assertThat(AttendanceFileServlet.periodOf("2026-12-07", null)).isEmpty();
        assertThat(AttendanceFileServlet.periodOf("2026-12-11", "2026-12-07")).isEmpty();
        assertThat(AttendanceFileServlet.periodOf("yesterday", "2026-12-07")).isEmpty();
    }

    /** Иван on time on Monday, late and gone at noon on Tuesday; Мария absent all week; the rest of the week quiet. */
    private static AttendanceSheet week() {
        List<LocalDate> days = AttendancePeriod.weekOf(MONDAY).from().datesUntil(MONDAY.plusDays(5)).toList();
        List<AttendanceDay> ivan = new ArrayList<>();
        List<AttendanceDay> maria = new ArrayList<>();
        List<AttendanceCounts> counts = new ArrayList<>();
        for (LocalDate day : days) {
            DayPasses passes = day.equals(MONDAY) ? passes(day, "08:05", "14:35")
                    : day.equals(MONDAY.plusDays(1)) ? passes(day, "08:40", "12:00") : DayPasses.NONE;
            LessonDay lessons = passes.any() ? LessonDay.LESSONS : LessonDay.NO_LESSONS;
            ivan.add(RULES.day(day, lessons, passes));
            maria.add(RULES.day(day, lessons, DayPasses.NONE));
            counts.add(AttendanceCounts.of(day, 5, "5А", lessons, List.of(ivan.get(ivan.size() - 1), maria.get(maria.size() - 1))));
        }
        return new AttendanceSheet(7, "Школа № 7", VLADIVOSTOK, 5, "5А", LocalTime.of(8, 30), LocalTime.of(14, 0),
                MONDAY.plusDays(13), MONDAY, MONDAY.plusDays(4), List.of(new PupilAttendance(1, "Петров Иван", ivan),
                new PupilAttendance(2, "Петрова Мария", maria)), counts);
    }

    private static DayPasses passes(LocalDate day, String in, String out) {
        Instant entry = ZonedDateTime.of(day, LocalTime.parse(in), VLADIVOSTOK).toInstant();
        return new DayPasses(entry, entry, ZonedDateTime.of(day, LocalTime.parse(out), VLADIVOSTOK).toInstant());
    }
}
