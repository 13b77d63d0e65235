package org.cardhub.director;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cardhub.money.Amount;
import org.cardhub.schooloffice.entity.ClassFigures;
import org.cardhub.schooloffice.entity.Dashboard;
import org.cardhub.schooloffice.entity.DayFigures;
import org.cardhub.schooloffice.entity.PupilWithoutMeal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The figures behind a dashboard's charts as an Excel workbook, in the page's language: the summary (today and the
 * period), a row per day, a row per class, and today's pupils without a meal. Numbers are number cells, roubles with
 * two decimals, dates date cells; streamed ({@link SXSSFWorkbook}), though a year by day is only 366 rows.
 */
final class DashboardWorkbook implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final ResourceBundle texts;
    private final CellStyle bold;
    private final CellStyle date;
    private final CellStyle roubles;

    DashboardWorkbook(ResourceBundle texts) {
        this.texts = texts;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        date = style("dd.mm.yyyy");
        roubles = style("#,##0.00");
    }

    void write(Dashboard dashboard, List<PupilWithoutMeal> withoutMeal, OutputStream out) throws IOException {
        summary(dashboard);
        days(dashboard.days());
        classes(dashboard.byClass());
        pupils(dashboard, withoutMeal);
        workbook.write(out);
        out.flush();
    }

    private void summary(Dashboard dashboard) {
        Sheet sheet = sheet("director.export.summary", 38, 22);
        int next = 0;
        next = text(sheet, next, "director.export.school", dashboard.school().name());
        next = text(sheet, next, "director.export.period", DashboardTexts.date(dashboard.period().from()) + " – "
                + DashboardTexts.date(dashboard.period().to()));
        next = text(sheet, next, "director.export.class", dashboard.chosenClass() == null ? texts.getString("director.allClasses")
                : dashboard.chosenClass().name());
        next = number(sheet, next, "director.kpi.pupils", dashboard.pupils());
        DayFigures today = dashboard.todayFigures().day();
        next = text(sheet, next, "director.export.today", DashboardTexts.date(dashboard.today()));
        next = number(sheet, next, "director.export.presentToday", today.present());
        next = number(sheet, next, "director.export.lateToday", today.late());
        next = number(sheet, next, "director.export.paidMealsToday", today.paidMeals());
        next = number(sheet, next, "director.export.freeMealsToday", today.freeMeals());
        next = number(sheet, next, "director.export.withoutMealToday", dashboard.todayFigures().withoutMeal());
        next = number(sheet, next, "director.export.presentWithoutMealToday", dashboard.todayFigures().presentWithoutMeal());
        next = money(sheet, next, "director.kpi.revenue", Optional.of(dashboard.revenue()));
        next = money(sheet, next, "director.export.pupilsSpent", Optional.of(dashboard.spending().spent()));
        next = number(sheet, next, "director.export.eaters", dashboard.spending().eaters());
        next = money(sheet, next, "director.kpi.perEater", dashboard.spending().perEater());
        money(sheet, next, "director.kpi.perPupil", dashboard.spending().perPupil());
    }

    private void days(List<DayFigures> days) {
        Sheet sheet = sheet("director.export.byDay", 12, 12, 10, 12, 12, 14, 14, 14, 16, 16, 16);
        header(sheet, "director.table.date", "director.table.schoolDay", "director.kpi.pupils", "director.onTime",
                "director.late", "director.absent", "director.meals.paid", "director.meals.free", "director.revenue.paid",
                "director.revenue.free", "director.revenue.total");
        int next = 1;
        for (DayFigures day : days) {
            Row row = sheet.createRow(next++);
            Cell when = row.createCell(0);
            when.setCellValue(day.date());
            when.setCellStyle(date);
            row.createCell(1).setCellValue(texts.getString(day.schoolDay() ? "director.yes" : "director.no"));
            long[] counts = {day.pupils(), day.onTime(), day.late(), day.absent(), day.paidMeals(), day.freeMeals()};
            for (int i = 0; i < counts.length; i++) {
                row.createCell(2 + i).setCellValue(counts[i]);
            }
            roubles(row, 8, day.paid());
            roubles(row, 9, day.free());
            roubles(row, 10, day.revenue());
        }
    }

    private void classes(List<ClassFigures> classes) {
        Sheet sheet = sheet("director.export.byClass", 10, 10, 12, 14, 12, 12, 12, 14, 14, 16);
        header(sheet, "director.table.class", "director.kpi.pupils", "director.table.schoolDays", "director.onTime",
                "director.late", "director.absent", "director.table.presentPercent", "director.meals.paid",
                "director.meals.free", "director.revenue.total");
        int next = 1;
        for (ClassFigures schoolClass : classes) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(schoolClass.schoolClass().name());
            long[] counts = {schoolClass.schoolClass().pupils(), schoolClass.schoolDays(), schoolClass.onTime(), schoolClass.late(),
                    schoolClass.absent()};
            for (int i = 0; i < counts.length; i++) {
                row.createCell(1 + i).setCellValue(counts[i]);
            }
            schoolClass.presentPercent().ifPresent(percent -> row.createCell(6).setCellValue(percent));
            row.createCell(7).setCellValue(schoolClass.paidMeals());
            row.createCell(8).setCellValue(schoolClass.freeMeals());
            roubles(row, 9, schoolClass.revenue());
        }
    }

    private void pupils(Dashboard dashboard, List<PupilWithoutMeal> withoutMeal) {
        Sheet sheet = sheet("director.export.withoutMeal", 10, 34, 12, 12);
        header(sheet, "director.table.class", "director.table.pupil", "director.table.present", "director.table.cameAt");
        int next = 1;
        for (PupilWithoutMeal pupil : withoutMeal) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(pupil.className());
            row.createCell(1).setCellValue(pupil.name());
            row.createCell(2).setCellValue(texts.getString(pupil.present() ? "director.yes" : "director.no"));
            if (pupil.present()) {
                row.createCell(3).setCellValue(TIME.format(pupil.cameAt().atZone(dashboard.school().zone())));
            }
        }
    }

    private Sheet sheet(String titleKey, int... widths) {
        Sheet sheet = workbook.createSheet(texts.getString(titleKey));
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        return sheet;
    }

    private void header(Sheet sheet, String... keys) {
        Row row = sheet.createRow(0);
        for (int column = 0; column < keys.length; column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(texts.getString(keys[column]));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private int text(Sheet sheet, int next, String key, String value) {
        Row row = label(sheet, next, key);
        row.createCell(1).setCellValue(value);
        return next + 1;
    }

    private int number(Sheet sheet, int next, String key, long value) {
        Row row = label(sheet, next, key);
        row.createCell(1).setCellValue(value);
        return next + 1;
    }

    private int money(Sheet sheet, int next, String key, Optional<Amount> value) {
        Row row = label(sheet, next, key);
        if (value.isPresent()) {
            roubles(row, 1, value.get());
        } else {
            row.createCell(1).setCellValue("—");
        }
        return next + 1;
    }

    private Row label(Sheet sheet, int next, String key) {
        Row row = sheet.createRow(next);
        Cell label = row.createCell(0);
        label.setCellValue(texts.getString(key));
        label.setCellStyle(bold);
        return row;
    }

    private void roubles(Row row, int column, Amount amount) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.toBigDecimal().doubleValue());
        cell.setCellStyle(roubles);
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** Deletes the temporary file of the rows already written out. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
