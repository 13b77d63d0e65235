package org.cardhub.it.school;

import jakarta.ejb.EJB;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.it.DirectorPages;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The director's dashboard in a real Chromium. Inside Payara, a test school of its own (DashboardFixtures) with the
 * demo director made its director; then, as a director does it: signs in, finds the school, sees the KPI cards and the
 * four charts drawn, looks at today, chooses the class 5А and sees its figures, downloads the export and reads today's
 * figures of 5А in it; the page fits a phone, its KPI cards wrapping. Last, inside Payara again, the director leaves
 * the school's staff. The school is found by the run's mark in its name, which travels to the container in the
 * deployment (client and container share no memory); a school an earlier, stopped run left is let go first.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectorDashboardInBrowserIT {

    private static final String NAME = "Школа панели директора (браузер) ";
    private static final String RUN_RESOURCE = "cardhub-it/director-dashboard-run.txt";

    private static String run;

    @Deployment
    static EnterpriseArchive deployment() {
        run = UUID.randomUUID().toString().substring(0, 6);
        JavaArchive mark = ShrinkWrap.create(JavaArchive.class, "director-dashboard-run.jar")
                .addAsResource(new StringAsset(run), RUN_RESOURCE);
        return DirectorTestDeployment.with("director-dashboard-browser", DirectorDashboardInBrowserIT.class, DirectorPages.class,
                DirectorPages.Download.class).addAsLibrary(mark);
    }

    @EJB
    DashboardFixtures fixtures;

    @Test
    @Order(1)
    void theDemoDirectorLeadsATestSchoolWithADayOfAttendanceAndMeals() {
        fixtures.dismissFromSchoolsNamed(DashboardFixtures.DIRECTOR, NAME);
        fixtures.dismissFromSchoolsNamed(DashboardFixtures.TEACHER, NAME);
        DashboardFixtures.TestSchool school = fixtures.build(name());
        fixtures.appoint(school.organizationId(), DashboardFixtures.DIRECTOR, "DIRECTOR", "Николай Кузнецов");

        assertThat(school.pupils()).hasSize(5);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theDirectorSeesTheChartsFiltersByAClassAndReadsTheExportBack() throws Exception {
        try (DirectorPages pages = DirectorPages.signedIn("director", false)) {
            pages.openSchool(name());
            assertThat(pages.chartsDrawn()).as("attendance, by class, revenue, meals").isEqualTo(4);
            assertThat(pages.text("kpi-pupils")).isEqualTo("5");

            pages.preset("today");
            assertThat(pages.text("kpi-present")).isEqualTo("80 %");
            assertThat(pages.text("kpi-present-detail")).startsWith("4 из 5");
            assertThat(pages.text("kpi-meals")).isEqualTo("4 / 1");
            assertThat(pages.text("kpi-revenue")).isEqualTo("280,00 ₽");
            assertThat(pages.pupilsWithoutMeal()).containsExactly("Сидоров Пётр", "Белов Ян");

            pages.chooseClass("5А");
            assertThat(pages.address()).contains("class=");
            assertThat(pages.chartsDrawn()).isEqualTo(4);
            assertThat(pages.text("kpi-pupils")).isEqualTo("3");
            assertThat(pages.text("kpi-revenue")).as("Иван's lunch and drink, Мария's free meal").isEqualTo("160,00 ₽");
            assertThat(pages.pupilsWithoutMeal()).containsExactly("Сидоров Пётр");

            DirectorPages.Download export = pages.export();
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
                Sheet summary = workbook.getSheet("Сводка");
                assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo(name());
                assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("5А");
                assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(3);
                assertThat(summary.getRow(11).getCell(1).getNumericCellValue()).isEqualTo(160.00);
                Sheet days = workbook.getSheet("По дням");
                assertThat(days.getLastRowNum()).as("today only").isEqualTo(1);
                assertThat(days.getRow(1).getCell(6).getNumericCellValue()).as("paid meals").isEqualTo(2);
                assertThat(days.getRow(1).getCell(7).getNumericCellValue()).as("free meals").isEqualTo(1);
                assertThat(workbook.getSheet("Сегодня без обеда").getRow(1).getCell(1).getStringCellValue())
                        .isEqualTo("Сидоров Пётр");
            }
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theDashboardFitsAPhoneItsCardsWrapping() throws Exception {
        try (DirectorPages phone = DirectorPages.signedIn("director", true)) {
            phone.openSchool(name());

            assertThat(phone.fitsTheScreen()).isTrue();
            assertThat(phone.kpiRows()).isGreaterThan(1);
            assertThat(phone.chartsDrawn()).isEqualTo(4);
        }
    }

    @Test
    @Order(4)
    void theDirectorLeavesTheTestSchool() {
        fixtures.dismissFromSchoolsNamed(DashboardFixtures.DIRECTOR, NAME);
        fixtures.dismissFromSchoolsNamed(DashboardFixtures.TEACHER, NAME);
    }

    private static String name() {
        return NAME + mark();
    }

    private static String mark() {
        if (run != null) {
            return run;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RUN_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
