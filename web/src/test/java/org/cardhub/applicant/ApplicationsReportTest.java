package org.cardhub.applicant;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.onboarding.entity.ApplicationChannel;
import org.cardhub.onboarding.entity.ApplicationFilter;
import org.cardhub.onboarding.entity.ApplicationRow;
import org.cardhub.onboarding.entity.ApplicationStatus;
import org.cardhub.onboarding.entity.TariffOption;
import org.cardhub.onboarding.entity.TariffPlan;
import org.cardhub.organizations.entity.OrganizationForm;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The applicant's report, read back as a spreadsheet; and the report's link, which carries the page's filter. */
class ApplicationsReportTest {

    private static final String SHA = "a".repeat(64);

    private static ApplicationRow row(long id, ApplicationStatus status, String contract, String reason) {
        return new ApplicationRow(id, status, ApplicationChannel.ONLINE, Instant.parse("2026-03-02T09:15:00Z"), "s",
                "anna@example.ru", "Анна", OrganizationForm.LEGAL_ENTITY, "ООО «Ромашка»", "7707083893", "773601001",
                "1027700132195", "044525225", "40702810938000012345", "Europe/Moscow", TariffPlan.TRANSIT,
                TariffOption.OPTIMAL, "TRANSIT_OPTIMAL", List.of(), BalanceModel.POOLED, 25, "2026.1", SHA,
                Instant.parse("2026-03-02T09:15:00Z"), status == ApplicationStatus.SUBMITTED ? null
                : Instant.parse("2026-03-03T10:00:00Z"), "backoffice", reason, contract);
    }

    @Test
    void eachApplicationIsARowAndTheStatusesAreCountedBelow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ApplicationsWorkbook.write(out, List.of(row(2, ApplicationStatus.APPROVED, "F-1042", null),
                        row(1, ApplicationStatus.REJECTED, null, "Нет выписки")),
                Map.of(ApplicationStatus.SUBMITTED, 0L, ApplicationStatus.APPROVED, 1L, ApplicationStatus.REJECTED, 1L),
                Locale.forLanguageTag("ru"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Наименование");
            Row approved = sheet.getRow(1);
            assertThat(approved.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(approved.getCell(1).getStringCellValue()).isEqualTo("02.03.2026 12:15");
            assertThat(approved.getCell(5).getStringCellValue()).isEqualTo("Транзитный — Оптимальный");
            assertThat(approved.getCell(7).getNumericCellValue()).isEqualTo(25);
            assertThat(approved.getCell(8).getStringCellValue()).isEqualTo("Одобрена");
            assertThat(approved.getCell(10).getStringCellValue()).isEqualTo("F-1042");
            assertThat(approved.getCell(13).getStringCellValue()).isEqualTo(SHA);
            assertThat(sheet.getRow(2).getCell(11).getStringCellValue()).isEqualTo("Нет выписки");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Итого по статусам");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Одобрена");
            assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(8).getCell(1).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void theLinkCarriesTheFilterAndIsReadBackTheSame() {
        ApplicationFilter filter = new ApplicationFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                ApplicationStatus.REJECTED);

        String link = ApplicationReportServlet.link("/cardhub", filter);

        assertThat(link).isEqualTo("/cardhub/cabinet/applicant/applications.xlsx?from=2026-03-01&to=2026-03-31&status=REJECTED");
        assertThat(ApplicationReportServlet.filterOf("2026-03-01", "2026-03-31", "REJECTED")).isEqualTo(filter);
        assertThat(ApplicationReportServlet.link("/cardhub", ApplicationFilter.ALL)).isEqualTo("/cardhub/cabinet/applicant/applications.xlsx");
        assertThat(ApplicationReportServlet.filterOf(null, "", null)).isEqualTo(ApplicationFilter.ALL);
    }

    @Test
    void aMalformedFilterIsRefused() {
        assertThatThrownBy(() -> ApplicationReportServlet.filterOf(null, null, "LOST")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApplicationReportServlet.filterOf("01.03.2026", null, null)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> ApplicationReportServlet.filterOf("2026-03-31", "2026-03-01", null)).isInstanceOf(RuntimeException.class);
    }
}
