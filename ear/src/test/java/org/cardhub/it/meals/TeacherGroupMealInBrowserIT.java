package org.cardhub.it.meals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.it.TeacherGroupMealPages;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.meals.boundary.FreeMeals;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo teacher orders a group meal for class 5А in a real Chromium, as a teacher does it: the class of a school
 * made for the run (inside Payara, the teacher on its staff), the day after tomorrow, a soup and a compote for each
 * pupil (80,00 ₽ a pupil); the result says one pupil's part is held, one is paid by the school and who could not pay and
 * why; the order is listed, then cancelled through the confirm dialog and every balance is back. The effect is checked
 * in the books; the page also fits a phone. The browser step ({@link RunAsClient}) finds the school by the run's mark in
 * its name, which travels to the container in the deployment (client and container share no memory).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeacherGroupMealInBrowserIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Vladivostok");
    private static final String RUN_RESOURCE = "cardhub-it/group-meal-run.txt";

    private static String run;
    private static GroupMealSchool school;

    @Deployment
    static EnterpriseArchive deployment() {
        run = UUID.randomUUID().toString().substring(0, 6);
        JavaArchive mark = ShrinkWrap.create(JavaArchive.class, "group-meal-run.jar").addAsResource(new StringAsset(run), RUN_RESOURCE);
        return GroupMealDeployment.with("teacher-group-meal", TeacherGroupMealInBrowserIT.class).addAsLibrary(mark);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    Payments payments;

    @EJB
    FreeMeals freeMeals;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    @Order(1)
    void aSchoolOfTheRunWhoseClass5aTheDemoTeacherLeads() throws Exception {
        school = GroupMealSchool.open(mark(), ZONE, day(), backOffice, fixtures, contracts, freeMeals, payments, dataSource);

        assertThat(school.canteenAvailable(GroupMealSchool.RICH)).isEqualTo(rub("300.00"));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theTeacherOrdersSoupAndCompoteForTheClassSeesWhoCouldNotPayThenCancels() throws Exception {
        try (TeacherGroupMealPages page = TeacherGroupMealPages.signedIn("teacher")) {
            page.openClass(mark(), day());
            assertThat(page.text("group-class-name")).isEqualTo("5А");
            assertThat(page.pupilRow(GroupMealSchool.RICH)).contains("300,00 ₽");
            assertThat(page.pupilRow(GroupMealSchool.FREE)).contains("Бесплатное питание");

            page.portions("Суп куриный с лапшой", 1);
            page.portions("Компот", 1);
            assertThat(page.text("group:per-pupil")).isEqualTo("80,00 ₽");

            assertThat(page.order()).contains("принят");
            assertThat(page.text("result-held")).isEqualTo("1 · 80,00 ₽");
            assertThat(page.text("result-free")).isEqualTo("1 · 80,00 ₽");
            assertThat(page.text("result-refused")).contains(GroupMealSchool.POOR + " " + mark())
                    .contains("недостаточно денег на балансе столовой");
            assertThat(page.pupilRow(GroupMealSchool.RICH)).as("held").contains("220,00 ₽");
            assertThat(page.text("group:orders")).contains("Заказан").contains("Суп куриный с лапшой × 1, Компот × 1");

            assertThat(page.cancelLatest()).contains("80,00 ₽");
            assertThat(page.text("group:orders")).contains("Отменён");
            assertThat(page.pupilRow(GroupMealSchool.RICH)).as("back").contains("300,00 ₽");
        }
    }

    @Test
    @Order(3)
    void theOrderIsCancelledInTheBooksWithEveryHoldReleased() throws Exception {
        assertThat(school.groupMealsOf(school.classId())).isEqualTo(1);
        assertThat(school.openHolds(GroupMealSchool.RICH)).isZero();
        assertThat(school.canteenAvailable(GroupMealSchool.RICH)).isEqualTo(rub("300.00"));
        try (var connection = dataSource.getConnection();
             var status = connection.prepareStatement("SELECT status FROM group_meal WHERE class_id = ?")) {
            status.setLong(1, school.classId());
            try (var rows = status.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("CANCELLED");
            }
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void theGroupMealPagesFitAPhone() throws Exception {
        try (TeacherGroupMealPages phone = TeacherGroupMealPages.signedInOnAPhone("teacher")) {
            phone.openClass(mark(), day());
            assertThat(phone.fitsTheScreen()).isTrue();
            assertThat(phone.displayed("group:order")).isTrue();
        }
        try (TeacherGroupMealPages phone = TeacherGroupMealPages.signedInOnAPhone("canteen")) {
            phone.open("/cabinet/canteen/group-meals.xhtml");
            assertThat(phone.text("canteen-group-title")).isEqualTo("Групповые заказы на сегодня");
            assertThat(phone.fitsTheScreen()).isTrue();
        }
    }

    @Test
    @Order(5)
    void theTeacherLeavesTheRunsSchool() throws Exception {
        school.leave();
    }

    private static LocalDate day() {
        return LocalDate.now(ZONE).plusDays(2);
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

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }
}
