package org.cardhub.applicant;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cardhub.onboarding.entity.ApplicationFilter;
import org.cardhub.onboarding.entity.ApplicationRow;
import org.cardhub.onboarding.entity.ApplicationStatus;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The report of applications: one row each (when, organisation, INN, tariff, cards, status, decision, contract or
 * reason, the offer accepted), then how many are in each status — in the reader's language, times in Moscow time like
 * the period they were filtered by.
 */
final class ApplicationsWorkbook {

    static final String BUNDLE = "org.cardhub.cabinet.messages";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ApplicationFilter.ZONE);
    private static final String[] HEADERS = {"onboarding.number", "onboarding.submittedAt", "onboarding.name",
            "onboarding.form", "onboarding.inn", "onboarding.plan", "onboarding.balanceModel", "onboarding.cardCount",
            "onboarding.status", "onboarding.decidedAt", "onboarding.contract", "onboarding.reason", "onboarding.offer",
            "onboarding.offerSha256"};
    private static final int[] WIDTHS = {8, 17, 36, 24, 14, 28, 26, 8, 14, 17, 14, 40, 10, 66};

    private ApplicationsWorkbook() {
    }

    static void write(OutputStream out, List<ApplicationRow> rows, Map<ApplicationStatus, Long> summary, Locale locale)
            throws IOException {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(text.getString("onboarding.history.title"));
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            Row header = sheet.createRow(0);
            for (int column = 0; column < HEADERS.length; column++) {
                Cell cell = header.createCell(column);
                cell.setCellValue(text.getString(HEADERS[column]));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(column, WIDTHS[column] * 256);
            }
            sheet.createFreezePane(0, 1);
            int next = 1;
            for (ApplicationRow application : rows) {
                Row row = sheet.createRow(next++);
                row.createCell(0).setCellValue(application.id());
                row.createCell(1).setCellValue(when(application.submittedAt()));
                row.createCell(2).setCellValue(application.organizationName());
                row.createCell(3).setCellValue(text.getString("onboarding.form." + application.form()));
                row.createCell(4).setCellValue(application.inn());
                row.createCell(5).setCellValue(tariff(text, application));
                row.createCell(6).setCellValue(text.getString("onboarding.balanceModel." + application.balanceModel()));
                row.createCell(7).setCellValue(application.cardCount());
                row.createCell(8).setCellValue(text.getString("onboarding.status." + application.status()));
                row.createCell(9).setCellValue(when(application.decidedAt()));
                row.createCell(10).setCellValue(application.contractNumber() == null ? "" : application.contractNumber());
                row.createCell(11).setCellValue(application.rejectionReason() == null ? "" : application.rejectionReason());
                row.createCell(12).setCellValue(application.offerVersion() == null ? "" : application.offerVersion());
                row.createCell(13).setCellValue(application.offerSha256() == null ? "" : application.offerSha256());
            }
            next++;
            Cell totals = sheet.createRow(next++).createCell(0);
            totals.setCellValue(text.getString("onboarding.history.summary"));
            totals.setCellStyle(bold);
            long all = 0;
            for (ApplicationStatus status : ApplicationStatus.values()) {
                Row row = sheet.createRow(next++);
                row.createCell(0).setCellValue(text.getString("onboarding.status." + status));
                row.createCell(1).setCellValue(summary.getOrDefault(status, 0L));
                all += summary.getOrDefault(status, 0L);
            }
            Row total = sheet.createRow(next);
            total.createCell(0).setCellValue(text.getString("onboarding.history.total"));
            total.createCell(1).setCellValue(all);
            workbook.write(out);
            workbook.dispose();
        }
    }

    static String tariff(ResourceBundle text, ApplicationRow application) {
        String plan = text.getString("onboarding.planName." + application.plan());
        String option = application.option() == null ? "" : " — " + text.getString("onboarding.optionName." + application.option());
        String stations = application.stations().isEmpty() ? "" : " (" + String.join(", ", application.stations()) + ")";
        return plan + option + stations;
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
