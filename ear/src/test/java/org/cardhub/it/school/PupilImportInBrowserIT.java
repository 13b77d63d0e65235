package org.cardhub.it.school;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.it.SchoolImportPages;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo director imports pupils in a real Chromium, at a school made for the run (inside Payara) whose director the
 * demo user becomes for the run only: a file with one bad row is checked and the row named, nothing written; the
 * corrected file is previewed, applied with its progress bar, and its printable list downloaded with the new pupils
 * and their activation codes. The browser step ({@link RunAsClient}) finds the school by the run's mark in its name,
 * which travels to the container in the deployment (client and container share no memory); the last step checks the
 * cards where they landed and takes the demo director off the school, so the demo stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PupilImportInBrowserIT {

    private static final String DEMO_DIRECTOR = "d3e0c0de-0000-4000-8000-000000000008";
    private static final String RUN_RESOURCE = "cardhub-it/pupil-import-run.txt";
    private static final String HEADER = "Фамилия;Имя;Отчество;Класс;Номер договора;Категория\n";
    private static final String WITH_A_BAD_ROW = HEADER
            + "Иванов;Илья;Петрович;3В;;\n"
            + ";Ольга;;3В;;\n"
            + "Гусева;Дарья;;3в;;многодетная семья\n";

    private static String run;

    @Deployment
    static EnterpriseArchive deployment() {
        run = UUID.randomUUID().toString().substring(0, 6);
        JavaArchive mark = ShrinkWrap.create(JavaArchive.class, "pupil-import-run.jar")
                .addAsResource(new StringAsset(run), RUN_RESOURCE);
        return ImportTestDeployment.with("pupil-import-browser", PupilImportInBrowserIT.class).addAsLibrary(mark);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    @Order(1)
    void aSchoolOfTheRunWhoseDirectorIsTheDemoDirector() throws Exception {
        TestSchools schools = new TestSchools(backOffice, fixtures, contracts, dataSource);
        TestSchools.School school = schools.withDirectorAndTeacher();
        schools.update("UPDATE organization SET name = ? WHERE id = ?", schoolName(), school.id());
        schools.staff(school.id(), DEMO_DIRECTOR, "DIRECTOR", "Кузнецов Николай");

        assertThat(schools.count("SELECT COUNT(*) FROM card WHERE contract_id = ?", school.contractId())).isZero();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theDirectorFixesTheBadRowAppliesTheFileAndDownloadsThePrintableList() throws Exception {
        Path folder = Files.createTempDirectory("cardhub-import");
        Path bad = Files.writeString(folder.resolve("3В-черновик.csv"), WITH_A_BAD_ROW, StandardCharsets.UTF_8);
        Path fixed = Files.writeString(folder.resolve("3В.csv"), WITH_A_BAD_ROW.replace("\n;Ольга;", "\nПетрова;Ольга;"),
                StandardCharsets.UTF_8);
        try (SchoolImportPages pages = SchoolImportPages.signedIn("director")) {
            pages.openImport(schoolName());

            pages.upload(bad);

            assertThat(pages.problems()).containsExactly("Строка 3: не указана фамилия.");

            pages.upload(fixed);

            assertThat(pages.preview()).containsExactly("Новых учеников (им выпустим карты): 3", "Новых классов: 1",
                    "Назначается льгота на питание: 1");

            String done = pages.apply();

            assertThat(done).startsWith("Файл «3В.csv» применён за");
            assertThat(pages.newestOutcome()).isEqualTo("Применён");
            SchoolImportPages.Download list = pages.download(pages.listLink("pdf"));
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.contentType()).startsWith("application/pdf");
            try (PDDocument pdf = Loader.loadPDF(list.body())) {
                String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
                assertThat(text).contains("Новые ученики — " + schoolName(), "Класс 3В", "Гусева Дарья", "Иванов Илья Петрович",
                        "Петрова Ольга", "Код активации");
                assertThat(text).containsPattern("\\d{8}\\s+[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}");
            }
            assertThat(pages.download(pages.listLink("xlsx")).status()).isEqualTo(200);
        }
    }

    @Test
    @Order(3)
    void theCardsAreTheSchoolsWithCodesAndTheDemoDirectorLeavesTheSchool() throws Exception {
        TestSchools schools = new TestSchools(backOffice, fixtures, contracts, dataSource);
        long school = Long.parseLong(schools.rows("SELECT id FROM organization WHERE name = ?", schoolName()).get(0));
        schools.update("DELETE FROM school_staff WHERE organization_id = ? AND subject = ?", school, DEMO_DIRECTOR);

        assertThat(schools.rows("SELECT c.holder_name || ' ' || k.name || ' ' || c.status FROM card c "
                + "JOIN contract t ON t.id = c.contract_id JOIN school_class k ON k.id = c.class_id "
                + "WHERE t.organization_id = ? ORDER BY c.holder_name", school))
                .containsExactly("Гусева Дарья 3В ACTIVE", "Иванов Илья Петрович 3В ACTIVE", "Петрова Ольга 3В ACTIVE");
        assertThat(schools.rows("SELECT c.activation_code_hash FROM card c JOIN contract t ON t.id = c.contract_id "
                + "WHERE t.organization_id = ?", school)).as("the codes printed are kept only as keyed hashes")
                .hasSize(3).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        assertThat(schools.rows("SELECT status FROM pupil_import WHERE organization_id = ?", school)).containsExactly("APPLIED");
        assertThat(schools.rows("SELECT imported_by FROM pupil_import WHERE organization_id = ?", school))
                .containsExactly(DEMO_DIRECTOR);
    }

    private static String schoolName() {
        return "МБОУ «Школа импорта " + mark() + "»";
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
