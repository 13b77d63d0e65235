package org.cardhub.corporate.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionTotals;
import org.cardhub.money.Amount;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Transactions as an Excel workbook, streamed: POI's {@link SXSSFWorkbook} keeps the last {@value #WINDOW} rows in
 * memory and moves older ones to a temporary file, so an export of a year of a large fleet needs no more memory than
 * one of a day. Times are date cells in the contract's time zone, litres and roubles number cells.
 */
public final class XlsxSheet implements TransactionSheet {

    static final int WINDOW = 100;
    private static final int[] WIDTHS = {17, 21, 26, 26, 9, 20, 12, 14, 12, 14, 16, 14, 34};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet = workbook.createSheet("Transactions");
    private final OutputStream out;
    private final TransactionLabels labels;
    private final CellStyle bold;
    private final CellStyle when;
    private final CellStyle roubles;
    private final CellStyle litres;
    private final CellStyle boldRoubles;
    private final CellStyle boldLitres;
    private int next;

    public XlsxSheet(OutputStream out, TransactionLabels labels) {
        this.out = out;
        this.labels = labels;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        when = style("dd.mm.yyyy hh:mm", null);
        roubles = style("#,##0.00", null);
        litres = style("#,##0.000", null);
        boldRoubles = style("#,##0.00", boldFont);
        boldLitres = style("#,##0.000", boldFont);
    }

    @Override
    public void header() {
        Row row = sheet.createRow(next++);
        List<String> headers = labels.headers();
        for (int column = 0; column < headers.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(column, WIDTHS[column] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(TransactionRow transaction) {
        Row row = sheet.createRow(next++);
        Cell time = row.createCell(0);
        time.setCellValue(labels.localTime(transaction.bookedAt()));
        time.setCellStyle(when);
        text(row, 1, labels.card(transaction));
        text(row, 2, labels.vehicle(transaction));
        text(row, 3, transaction.station());
        text(row, 4, transaction.region());
        text(row, 5, labels.product(transaction.product()));
        number(row, 6, transaction.volume(), litres);
        if (transaction.isSale()) {
            number(row, 7, transaction.price(), roubles);
            number(row, 8, transaction.discount(), roubles);
        }
        number(row, 9, transaction.amount(), roubles);
        text(row, 10, labels.type(transaction.type()));
        text(row, 11, labels.status(transaction.status()));
        text(row, 12, labels.suspicions(transaction));
    }

    @Override
    public void totals(TransactionTotals totals) {
        Row spent = sheet.createRow(next++);
        text(spent, 0, labels.text("fleet.tx.totals")).setCellStyle(bold);
        text(spent, 1, labels.text("fleet.tx.count") + ": " + totals.count());
        text(spent, 5, labels.text("fleet.tx.spent")).setCellStyle(bold);
        number(spent, 6, totals.litres(), boldLitres);
        number(spent, 9, totals.spent(), boldRoubles);
        Row toppedUp = sheet.createRow(next++);
        text(toppedUp, 5, labels.text("fleet.tx.toppedUp")).setCellStyle(bold);
        number(toppedUp, 9, totals.toppedUp(), boldRoubles);
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    /** Deletes the temporary file of the rows already written out. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private CellStyle style(String format, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    private static void number(Row row, int column, Amount amount, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.toBigDecimal().doubleValue());
        cell.setCellStyle(style);
    }
}
