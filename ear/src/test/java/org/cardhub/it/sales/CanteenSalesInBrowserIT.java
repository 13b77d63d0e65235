package org.cardhub.it.sales;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.it.CanteenSalesPages;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.meals.boundary.FreeMeals;
import org.cardhub.meals.boundary.SupplierSettlements;
import org.cardhub.payments.boundary.Payments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo canteen supplier (user {@code canteen}) reads a school's canteen sales and its settlements in a real
 * Chromium. Inside Payara, a school of this run's own (named with the run's mark, {@link CanteenSchool}) gets two days of
 * sales (433,83 ₽, five purchases; yesterday's 215,50 ₽ settled), and the demo user is made one of its supplier's people.
 * Then, as the supplier does: finds the school among those offered, opens the sales of yesterday and today, reads the
 * totals, the categories, the dishes and the classes, downloads the XLSX and reads it back; opens yesterday's month's
 * statement and reads the settled day and its split, downloads the PDF; the pages fit a phone. Last, inside Payara
 * again, the demo user is taken off the supplier's people, so the demo is left as it was.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CanteenSalesInBrowserIT {

    /** The demo canteen user's Keycloak subject (server-config/keycloak/cardhub-realm.json). */
    private static final String DEMO_CANTEEN = "d3e0c0de-0000-4000-8000-000000000007";
    private static final String RUN_RESOURCE = "cardhub-it/canteen-sales-run.txt";

    /** This run's school name: set by {@link #deployment()} on the client, read from the deployment in the container. */
    private static String name;

    @Deployment
    static EnterpriseArchive deployment() {
        name = "Школа IT-" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        JavaArchive mark = ShrinkWrap.create(JavaArchive.class, "canteen-sales-run.jar")
                .addAsResource(new StringAsset(name), RUN_RESOURCE);
        return SalesTestDeployment.with("canteen-sales-browser", CanteenSalesInBrowserIT.class, CanteenSalesPages.class,
                CanteenSalesPages.Download.class).addAsLibrary(mark);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    FreeMeals freeMeals;

    @EJB
    Payments payments;

    @EJB
    SupplierSettlements settlements;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    @Order(1)
    void aSchoolOfThisRunWithTwoDaysOfSalesYesterdaySettledAndTheDemoUserAmongItsSuppliersPeople() throws Exception {
        CanteenSchool school = CanteenSchool.open(backOffice, fixtures, contracts, freeMeals, payments, dataSource, 750,
                yesterday().minusDays(1));
        school.twoDaysOfSales(payments, yesterday(), today());
        school.rename(name());
        school.supplierPerson(DEMO_CANTEEN, true);

        settlements.settleDue(Instant.now(), school.schoolId());
        assertThat(school.settlements()).hasSize(2).last().asString().startsWith(yesterday() + " 21550 1617 19933 2 ");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theSupplierReadsTheSalesDownloadsThemAndReadsTheMonthsStatement() throws Exception {
        try (CanteenSalesPages pages = CanteenSalesPages.signedIn("canteen")) {
            long school = pages.schoolOffered(name());
            pages.sales(school, yesterday(), today());

            assertThat(pages.text("sales-revenue")).isEqualTo("433,83 ₽");
            assertThat(pages.text("sales-meals")).isEqualTo("5");
            assertThat(pages.text("sales-average")).isEqualTo("86,77 ₽");
            assertThat(pages.text("sales-period")).contains(name(), day(yesterday()) + " — " + day(today()));
            assertThat(pages.rows("report:categories")).hasSize(3);
            assertThat(pages.rows("report:categories").get(0)).contains("Платное питание учеников", "200,00 ₽", "2");
            assertThat(pages.rows("report:categories").get(1)).contains("Льготное питание (за счёт школы)", "80,00 ₽", "1");
            assertThat(pages.rows("report:categories").get(2)).contains("Сотрудники", "153,83 ₽", "2");
            assertThat(pages.rows("report:dishes")).hasSize(4);
            assertThat(pages.rows("report:dishes").get(0)).contains("Суп куриный", "2", "110,00 ₽");
            assertThat(pages.rows("report:dishes").get(3)).contains("Продано без состава блюд", "215,50 ₽");
            assertThat(pages.rows("report:classes")).hasSize(2);
            assertThat(pages.rows("report:classes").get(0)).contains("5А", "280,00 ₽", "3");
            assertThat(pages.rows("report:classes").get(1)).contains("Без класса", "153,83 ₽", "2");

            CanteenSalesPages.Download xlsx = pages.download("sales-xlsx");
            assertThat(xlsx.status()).isEqualTo(200);
            assertThat(xlsx.disposition()).contains("canteen-sales-" + yesterday() + "-" + today() + ".xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet totals = workbook.getSheet("Итоги");
                assertThat(totals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Школа: " + name());
                Row figures = totals.getRow(totals.getLastRowNum());
                assertThat(figures.getCell(0).getNumericCellValue()).isEqualTo(433.83);
                assertThat(figures.getCell(1).getNumericCellValue()).isEqualTo(5);
                assertThat(figures.getCell(2).getNumericCellValue()).isEqualTo(86.77);
                Sheet categories = workbook.getSheet("По категориям покупателей");
                assertThat(categories.getRow(categories.getLastRowNum()).getCell(1).getNumericCellValue()).isEqualTo(433.83);
            }

            pages.period("day");
            assertThat(pages.address()).contains("from=" + yesterday()).contains("to=" + yesterday());
            assertThat(pages.text("sales-revenue")).isEqualTo("215,50 ₽");
            assertThat(pages.fitsAPhone()).as("nothing sticks out sideways at 375 px").isTrue();

            pages.settlements(school, YearMonth.from(yesterday()));
            assertThat(pages.text("settle-title")).isEqualTo("Выписка по расчётам за " + month(YearMonth.from(yesterday())));
            assertThat(pages.rows("days")).singleElement().satisfies(row ->
                    assertThat(row).contains(day(yesterday()), "215,50 ₽", "16,17 ₽", "199,33 ₽", "2"));
            assertThat(pages.text("settle-share-total")).isEqualTo("199,33 ₽");
            assertThat(pages.text("settle-opening")).isEqualTo("0,00 ₽");
            CanteenSalesPages.Download pdf = pages.download("settle-pdf");
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document).replace('\u00a0', ' '))
                        .contains("Выписка по расчётам за " + month(YearMonth.from(yesterday())), name(), "215,50 ₽", "16,17 ₽",
                                "199,33 ₽");
            }
            assertThat(pages.fitsAPhone()).isTrue();
        }
    }

    @Test
    @Order(3)
    void theDemoUserIsTakenOffTheSuppliersPeopleAgain() throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM organization_member WHERE subject = ? "
                     + "AND organization_id = (SELECT p.supplier_id FROM canteen_supplier p JOIN organization o ON o.id = p.school_id "
                     + "WHERE o.name = ?)")) {
            delete.setString(1, DEMO_CANTEEN);
            delete.setString(2, name());
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement left = connection.prepareStatement("SELECT COUNT(*) FROM organization_member m "
                     + "JOIN canteen_supplier p ON p.supplier_id = m.organization_id JOIN organization o ON o.id = p.school_id "
                     + "WHERE m.subject = ? AND o.name LIKE 'Школа IT-%'")) {
            left.setString(1, DEMO_CANTEEN);
            try (ResultSet rows = left.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).as("the demo user supplies no test school").isZero();
            }
        }
    }

    private static LocalDate today() {
        return LocalDate.now(CanteenSchool.ZONE);
    }

    private static LocalDate yesterday() {
        return today().minusDays(1);
    }

    private static String day(LocalDate day) {
        return DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day);
    }

    /** As the page names a month in Russian: «декабрь 2026». */
    private static String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ru")).format(month);
    }

    private static String name() {
        if (name == null) {
            try (InputStream mark = CanteenSalesInBrowserIT.class.getClassLoader().getResourceAsStream(RUN_RESOURCE)) {
                assertThat(mark).as(RUN_RESOURCE + " in the deployment").isNotNull();
                name = new String(mark.readAllBytes(), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return name;
    }
}
