package org.cardhub.documents.control;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

/**
 * A workbook of one sheet of the small documents (invoice, UPD, act), with POI's streaming {@link SXSSFWorkbook}: the
 * last {@value #WINDOW} rows in memory, texts inline, the file zipped at the fastest level. Money and litres are number
 * cells with the Russian formats, so a sum in the sheet is the sum of the document. (The transaction report, a row per
 * movement, is {@link StreamedSheet}.)
 */
final class XlsxBook implements Closeable {

    static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, false, false) {
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    };
    private final Sheet sheet;
    final CellStyle boldStyle;
    final CellStyle roubles;
    final CellStyle litres;
    final CellStyle boldRoubles;
    private int next;

    XlsxBook(String sheetName, int... columnWidths) {
        sheet = workbook.createSheet(sheetName);
        for (int column = 0; column < columnWidths.length; column++) {
            sheet.setColumnWidth(column, columnWidths[column] * 256);
        }
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        boldStyle = workbook.createCellStyle();
        boldStyle.setFont(boldFont);
        roubles = style("#,##0.00", null);
        litres = style("#,##0.000", null);
        boldRoubles = style("#,##0.00", boldFont);
    }

    Row row() {
        return sheet.createRow(next++);
    }

    /** A row of text in bold, e.g. a title or the column titles. */
    Row titleRow(String... texts) {
        Row row = row();
        for (int column = 0; column < texts.length; column++) {
            text(row, column, texts[column]).setCellStyle(boldStyle);
        }
        return row;
    }

    void skip() {
        next++;
    }

    static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /** Kopecks as roubles, or millilitres as litres: {@code scale} 2 or 3. */
    static Cell number(Row row, int column, long minor, int scale, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(scale == 2 ? minor / 100.0 : minor / 1000.0);
        cell.setCellStyle(style);
        return cell;
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

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
}
