package org.cardhub.attendance;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.school.entity.AttendanceCounts;
import org.cardhub.school.entity.AttendanceDay;
import org.cardhub.school.entity.AttendanceSheet;
import org.cardhub.school.entity.AttendanceStatus;
import org.cardhub.school.entity.PupilAttendance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A class's register as an Excel workbook: the class, the school, the period and the hours of lessons on top; a line per
 * pupil with, for each day, the status in words (on the status's colour, leaving early added), the first entry and the
 * last exit; then each day's figures. A class is a few dozen lines: the workbook is built in memory.
 */
final class AttendanceWorkbook implements AutoCloseable {

    /** Columns per day: the status, the entry, the exit. */
    static final int PER_DAY = 3;
    /** The line of the day headings; the pupils start two lines below. */
    static final int HEADINGS = 4;

    private static final Map<AttendanceStatus, String> FILLS = Map.of(AttendanceStatus.PRESENT, "E3F4E8",
            AttendanceStatus.LATE, "FFF1D6", AttendanceStatus.ABSENT, "FDE8E8", AttendanceStatus.EXPECTED, "F3F4F6",
            AttendanceStatus.NO_LESSONS, "F3F4F6");

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final AttendanceLabels labels;
    private final CellStyle bold;
    private final CellStyle centred;
    private final Map<AttendanceStatus, CellStyle> statuses = new EnumMap<>(AttendanceStatus.class);

    private AttendanceWorkbook(AttendanceLabels labels) {
        this.labels = labels;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        centred = workbook.createCellStyle();
        centred.setFont(boldFont);
        centred.setAlignment(HorizontalAlignment.CENTER);
        FILLS.forEach((status, rgb) -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(new XSSFColor(hex(rgb), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            statuses.put(status, style);
        });
    }

    private void write(AttendanceSheet register, OutputStream out) throws IOException {
        Sheet sheet = workbook.createSheet(labels.text("attendance.file.sheet"));
        List<LocalDate> days = register.days();
        int next = 0;
        text(sheet.createRow(next++), 0, labels.text("attendance.file.title", register.className(), register.schoolName()))
                .setCellStyle(bold);
        text(sheet.createRow(next++), 0, labels.text("attendance.file.period",
                new AttendancePeriod(register.from(), register.to()).text()));
        text(sheet.createRow(next), 0, labels.text("attendance.file.hours", labels.time(register.lessonsStart()),
                labels.time(register.lessonsEnd()), register.zone().getId()));
        Row headings = sheet.createRow(HEADINGS);
        Row columns = sheet.createRow(HEADINGS + 1);
        text(headings, 0, labels.text("attendance.column.pupil")).setCellStyle(bold);
        sheet.setColumnWidth(0, 34 * 256);
        for (int day = 0; day < days.size(); day++) {
            int first = 1 + day * PER_DAY;
            text(headings, first, labels.dayHeading(days.get(day))).setCellStyle(centred);
            sheet.addMergedRegion(new CellRangeAddress(HEADINGS, HEADINGS, first, first + PER_DAY - 1));
            text(columns, first, labels.text("attendance.column.status")).setCellStyle(bold);
            text(columns, first + 1, labels.text("attendance.column.entry")).setCellStyle(bold);
            text(columns, first + 2, labels.text("attendance.column.exit")).setCellStyle(bold);
            sheet.setColumnWidth(first, 24 * 256);
            sheet.setColumnWidth(first + 1, 8 * 256);
            sheet.setColumnWidth(first + 2, 8 * 256);
        }
        sheet.createFreezePane(1, HEADINGS + 2);
        next = HEADINGS + 2;
        for (PupilAttendance pupil : register.pupils()) {
            Row row = sheet.createRow(next++);
            text(row, 0, pupil.name());
            for (int day = 0; day < days.size(); day++) {
                AttendanceDay attendance = pupil.on(days.get(day));
                int first = 1 + day * PER_DAY;
                String early = labels.leftEarly(attendance);
                text(row, first, labels.status(attendance.status()) + (early.isEmpty() ? "" : ", " + early))
                        .setCellStyle(statuses.get(attendance.status()));
                text(row, first + 1, labels.time(attendance.firstEntry()));
                text(row, first + 2, labels.time(attendance.lastExit()));
            }
        }
        next++;
        next = figures(sheet, next, register, "attendance.counts.pupils", AttendanceCounts::pupils);
        next = figures(sheet, next, register, "attendance.counts.present", AttendanceCounts::present);
        next = figures(sheet, next, register, "attendance.counts.late", AttendanceCounts::late);
        next = figures(sheet, next, register, "attendance.counts.absent", AttendanceCounts::absent);
        figures(sheet, next, register, "attendance.counts.leftEarly", AttendanceCounts::leftEarly);
        workbook.write(out);
        out.flush();
    }

    private int figures(Sheet sheet, int at, AttendanceSheet register, String key, ToLongFunction<AttendanceCounts> figure) {
        Row row = sheet.createRow(at);
        text(row, 0, labels.text(key)).setCellStyle(bold);
        List<LocalDate> days = register.days();
        for (int day = 0; day < days.size(); day++) {
            row.createCell(1 + day * PER_DAY).setCellValue(figure.applyAsLong(register.countsOn(days.get(day))));
        }
        return at + 1;
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    private static byte[] hex(String rgb) {
        return new byte[]{(byte) Integer.parseInt(rgb.substring(0, 2), 16), (byte) Integer.parseInt(rgb.substring(2, 4), 16),
                (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }

    /** The register as a workbook, written into {@code out}. */
    static void write(AttendanceSheet register, AttendanceLabels labels, OutputStream out) throws IOException {
        try (AttendanceWorkbook workbook = new AttendanceWorkbook(labels)) {
            workbook.write(register, out);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
