package org.cardhub.backoffice;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cardhub.audit.entity.ActorKind;
import org.cardhub.audit.entity.AuditEvent;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The audit page's rows as an Excel workbook in the page's language: the time a date cell in Moscow time, who and
 * what in words, with the raw actor and action codes in their own columns for whoever filters the file further.
 */
final class AuditWorkbook implements AutoCloseable {

    private static final String[] HEADERS = {"audit.col.when", "audit.col.who", "audit.col.kind", "audit.col.what",
            "audit.col.subject", "audit.col.subjectId", "audit.col.details", "audit.col.actorId", "audit.col.actionCode"};
    private static final int[] WIDTHS = {20, 30, 14, 36, 18, 16, 60, 38, 28};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final ResourceBundle bundle;
    private final AuditTexts texts;
    private final CellStyle bold;
    private final CellStyle when;

    AuditWorkbook(ResourceBundle bundle) {
        this.bundle = bundle;
        this.texts = AuditTexts.of(bundle);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        when = workbook.createCellStyle();
        when.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm:ss"));
    }

    void write(List<AuditEvent> events, Map<String, String> names, OutputStream out) throws IOException {
        Sheet sheet = workbook.createSheet(bundle.getString("audit.export.sheet"));
        Row header = sheet.createRow(0);
        for (int column = 0; column < HEADERS.length; column++) {
            Cell cell = header.createCell(column);
            cell.setCellValue(bundle.getString(HEADERS[column]));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(column, WIDTHS[column] * 256);
        }
        sheet.createFreezePane(0, 1);
        int next = 1;
        for (AuditEvent event : events) {
            Row row = sheet.createRow(next++);
            Cell time = row.createCell(0);
            time.setCellValue(LocalDateTime.ofInstant(event.occurredAt(), AuditFilterForm.MOSCOW));
            time.setCellStyle(when);
            row.createCell(1).setCellValue(texts.who(event.actor(), names));
            row.createCell(2).setCellValue(texts.kind(ActorKind.of(event.actor())));
            row.createCell(3).setCellValue(texts.action(event.action()));
            row.createCell(4).setCellValue(texts.subject(event.subjectType()));
            row.createCell(5).setCellValue(event.subjectId() == null ? "" : event.subjectId());
            row.createCell(6).setCellValue(texts.details(event.details()));
            row.createCell(7).setCellValue(event.actor());
            row.createCell(8).setCellValue(event.action());
        }
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
