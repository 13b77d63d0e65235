package org.cardhub.sales;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.money.Amount;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A report as an Excel workbook: one sheet a table, each opened by the report's title and lines, then the column titles
 * (frozen), the rows and the totals in bold. Roubles and counts are number cells, so the sheet adds them up again. A
 * report has tens of rows, not thousands: the workbook is built in memory (the transactions' export streams instead).
 */
public final class ReportWorkbook {

    private static final int MIN_WIDTH = 12;
    private static final int MAX_WIDTH = 48;

    private ReportWorkbook() {
    }

    public static void write(ReportDocument report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (ReportTable table : report.tables()) {
                sheet(workbook.createSheet(sheetName(table.title(), names)), report, table, styles);
            }
            workbook.write(out);
        }
        out.flush();
    }

    private static void sheet(Sheet sheet, ReportDocument report, ReportTable table, Styles styles) {
        int next = 0;
        text(sheet.createRow(next++), 0, report.title(), styles.title);
        for (String line : report.lines()) {
            text(sheet.createRow(next++), 0, line, null);
        }
        text(sheet.createRow(next++), 0, table.title(), styles.bold);
        Row header = sheet.createRow(next++);
        List<ReportTable.Column> columns = table.columns();
        for (int column = 0; column < columns.size(); column++) {
            text(header, column, columns.get(column).title(), styles.bold);
            int width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, columns.get(column).title().length() + 2));
            sheet.setColumnWidth(column, Math.max(width, (int) (columns.get(column).weight() * 4)) * 256);
        }
        sheet.createFreezePane(0, next);
        for (List<Object> cells : table.rows()) {
            row(sheet.createRow(next++), cells, styles, false);
        }
        if (table.hasTotals()) {
            row(sheet.createRow(next), table.totals(), styles, true);
        }
    }

    private static void row(Row row, List<Object> cells, Styles styles, boolean bold) {
        for (int column = 0; column < cells.size(); column++) {
            Object value = cells.get(column);
            if (value instanceof Amount amount) {
                Cell cell = row.createCell(column);
                cell.setCellValue(amount.toBigDecimal().doubleValue());
                cell.setCellStyle(bold ? styles.boldMoney : styles.money);
            } else if (value instanceof Long count) {
                Cell cell = row.createCell(column);
                cell.setCellValue(count);
                cell.setCellStyle(bold ? styles.boldCount : styles.count);
            } else if (value != null) {
                text(row, column, value.toString(), bold ? styles.bold : null);
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A sheet's name as Excel allows it (31 characters, no []:*?/\), told apart from the others. */
    static String sheetName(String title, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(title);
        String name = safe;
        for (int copy = 2; !taken.add(name.toLowerCase()); copy++) {
            String suffix = " " + copy;
            name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle money;
        final CellStyle boldMoney;
        final CellStyle count;
        final CellStyle boldCount;

        Styles(XSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            money = numbers(workbook, "#,##0.00", null);
            boldMoney = numbers(workbook, "#,##0.00", boldFont);
            count = numbers(workbook, "#,##0", null);
            boldCount = numbers(workbook, "#,##0", boldFont);
        }

        private static CellStyle numbers(XSSFWorkbook workbook, String format, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            if (font != null) {
                style.setFont(font);
            }
            return style;
        }
    }
}
