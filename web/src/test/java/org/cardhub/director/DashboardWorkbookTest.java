package org.cardhub.director;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** The export read back as a spreadsheet program reads it: the sheets, labels in Russian, numbers as numbers. */
class DashboardWorkbookTest {

    @Test
    void theSummaryTheDaysTheClassesAndTodaysPupilsWithoutAMealAreTheirOwnSheets() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DashboardWorkbook workbook = new DashboardWorkbook(ResourceBundle.getBundle("org.cardhub.cabinet.messages",
                Locale.forLanguageTag("ru")))) {
            workbook.write(DashboardSample.dashboard(), DashboardSample.withoutMeal(), out);
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(4);
            Sheet summary = read.getSheet("Сводка");
            assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Школа № 7");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("07.12.2026 – 09.12.2026");
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("все классы");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Учеников");
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(30);
            assertThat(summary.getRow(11).getCell(0).getStringCellValue()).isEqualTo("Выручка столовой за период");
            assertThat(summary.getRow(11).getCell(1).getNumericCellValue()).isEqualTo(3240.00);

            Sheet days = read.getSheet("По дням");
            assertThat(days.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Опоздали");
            Row monday = days.getRow(1);
            assertThat(monday.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(monday.getCell(1).getStringCellValue()).isEqualTo("да");
            assertThat(monday.getCell(3).getNumericCellValue()).isEqualTo(24);
            assertThat(monday.getCell(4).getNumericCellValue()).isEqualTo(3);
            assertThat(monday.getCell(10).getNumericCellValue()).isEqualTo(2120.00);
            assertThat(days.getRow(3).getCell(1).getStringCellValue()).as("Wednesday, nobody yet").isEqualTo("нет");
            assertThat(days.getLastRowNum()).isEqualTo(3);

            Sheet classes = read.getSheet("По классам");
            assertThat(classes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("5А");
            assertThat(classes.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(93);
            assertThat(classes.getRow(2).getCell(9).getNumericCellValue()).isEqualTo(560.00);

            Sheet pupils = read.getSheet("Сегодня без обеда");
            assertThat(pupils.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Петров Иван");
            assertThat(pupils.getRow(1).getCell(3).getStringCellValue()).as("08:05 in Vladivostok").isEqualTo("08:05");
            assertThat(pupils.getRow(2).getCell(2).getStringCellValue()).isEqualTo("нет");
        }
    }

    @Test
    void theFileIsNamedAfterTheSchoolAndThePeriod() {
        assertThat(DashboardExportServlet.fileName(DashboardSample.dashboard())).isEqualTo("school-7-2026-12-07-2026-12-09.xlsx");
    }
}
