package org.cardhub.it.meals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.it.CanteenMenuPages;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.it.core.StaffSchool;
import org.cardhub.meals.boundary.MenuDesk;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.DishDraft;
import org.cardhub.meals.entity.MenuWeek;
import org.cardhub.meals.entity.PortionUnit;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.terminals.boundary.Terminals;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo canteen supplier ({@code canteen}) edits a school's menu in a real Chromium, and the effect is checked where
 * it lands: in the school's menus.
 *
 * <p>The first step (inside Payara) makes a school of its own, named with this run's mark, whose canteen is supplied by
 * a new organisation with the demo {@code canteen} user as a member, and drafts next week's Monday and Tuesday. The
 * browser step ({@link RunAsClient}) finds the school on the cabinet's home, goes to next week, types a price with a
 * third decimal and zero (each refused at the field), then a good one, saves and publishes Monday, and copies next week
 * onto the week after. The last step checks the menus and takes the demo user out of the test's supplier again, so the
 * demo cabinet does not fill up with test schools. Client and container share no memory: the mark travels in the
 * deployment.</p>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CanteenMenuInBrowserIT {

    private static final String RUN_RESOURCE = "cardhub-it/canteen-menu-run.txt";
    /** The demo user {@code canteen} (Keycloak subject). */
    private static final String CANTEEN = "d3e0c0de-0000-4000-8000-000000000007";
    private static final ZoneId ZONE = ZoneId.of("Asia/Vladivostok");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** This run's school name: set by {@link #deployment()} on the client, read from the deployment in the container. */
    private static String school;

    @Deployment
    static EnterpriseArchive deployment() {
        school = "Школа IT-" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        JavaArchive mark = ShrinkWrap.create(JavaArchive.class, "canteen-menu-run.jar")
                .addAsResource(new StringAsset(school), RUN_RESOURCE);
        return MealsTestDeployment.with("canteen-menu-browser", CanteenMenuInBrowserIT.class, CanteenMenuPages.class)
                .addAsLibrary(mark);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    StaffSchool staff;

    @EJB
    Contracts contracts;

    @EJB
    Terminals terminals;

    @EJB
    Payments payments;

    @EJB
    MenuDesk desk;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    @Order(1)
    void aSchoolSuppliedByTheDemoCanteensOrganisationWithNextWeeksMondayAndTuesdayDrafted() throws Exception {
        CanteenSchool made = CanteenSchool.create(backOffice, fixtures, staff, contracts, terminals, payments, ZONE.getId(), CANTEEN);
        CanteenSchool.rename(dataSource, made.schoolId(), school());
        LocalDate monday = nextMonday();
        backOffice.call(() -> desk.save(made.schoolId(), monday, List.of(dish("Борщ со сметаной", DishCategory.HOT_MEAL, "60"),
                dish("Компот", DishCategory.DRINK, "25")), null));
        backOffice.call(() -> desk.save(made.schoolId(), monday.plusDays(1), List.of(dish("Плов с курицей", DishCategory.HOT_MEAL, "120")),
                null));

        assertThat(backOffice.call(() -> desk.week(made.schoolId(), monday)).days()).extracting(day -> day.exists())
                .containsExactly(true, true, false, false, false);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theCanteenEditsAPriceSeesABadOneRefusedAtTheFieldPublishesAndCopiesTheWeek() throws Exception {
        LocalDate monday = nextMonday();
        try (CanteenMenuPages pages = CanteenMenuPages.signedIn("canteen")) {
            assertThat(pages.schoolOnHome(school)).contains("Сегодня").contains("Нет меню");
            assertThat(pages.openSchool(school)).isEqualTo(school);
            pages.findWeek(range(monday), true);
            assertThat(pages.chooseDay(0)).contains(FULL_DAY.format(monday)).contains("Черновик");
            assertThat(pages.dishName(0)).isEqualTo("Борщ со сметаной");
            assertThat(pages.price(0)).isEqualTo("60,00");

            pages.typePrice(0, "12,345");
            assertThat(pages.saveRefusedAtPrice(0)).contains("не больше двух знаков после запятой");
            pages.typePrice(0, "0");
            assertThat(pages.saveRefusedAtPrice(0)).contains("больше нуля");
            pages.typePrice(0, "123,50");
            assertThat(pages.save("сохранено")).contains(FULL_DAY.format(monday));
            assertThat(pages.price(0)).isEqualTo("123,50");

            assertThat(pages.publish("опубликовано")).contains("кассы столовой");
            assertThat(pages.dayStatuses()).containsExactly("Опубликовано", "Черновик", "Нет меню", "Нет меню", "Нет меню");

            pages.findWeek(range(monday.plusWeeks(1)), true);
            assertThat(pages.dayStatuses()).containsOnly("Нет меню");
            assertThat(pages.copyFrom(range(monday), "скопированы")).contains("дней: 2");
            assertThat(pages.dayStatuses()).containsExactly("Черновик", "Черновик", "Нет меню", "Нет меню", "Нет меню");

            assertThat(pages.fitsAPhone()).as("nothing sticks out sideways at 375 px").isTrue();
        }
    }

    @Test
    @Order(3)
    void theMenusLandedAsTheCanteenLeftThemAndTheDemoUserLeavesTheTestsSupplier() throws Exception {
        LocalDate monday = nextMonday();
        long schoolId = Long.parseLong(single("SELECT id FROM organization WHERE name = ?", school()));

        try {
            assertThat(rows("SELECT m.menu_date, m.status, d.name, d.price_minor, CASE WHEN m.copied_from_id IS NULL THEN 'made' "
                    + "ELSE 'copied' END FROM menu m JOIN dish d ON d.menu_id = m.id WHERE m.organization_id = ? "
                    + "ORDER BY m.menu_date, d.position", schoolId))
                    .containsExactly(
                            monday + " PUBLISHED Борщ со сметаной 12350 made", monday + " PUBLISHED Компот 2500 made",
                            monday.plusDays(1) + " DRAFT Плов с курицей 12000 made",
                            monday.plusWeeks(1) + " DRAFT Борщ со сметаной 12350 copied", monday.plusWeeks(1) + " DRAFT Компот 2500 copied",
                            monday.plusWeeks(1).plusDays(1) + " DRAFT Плов с курицей 12000 copied");
        } finally {
            backOffice.run(() -> staff.release(CANTEEN, schoolId));
        }
    }

    private static LocalDate nextMonday() {
        return MenuWeek.mondayOf(LocalDate.now(ZONE)).plusWeeks(1);
    }

    private static String range(LocalDate monday) {
        return DAY.format(monday) + "–" + FULL_DAY.format(monday.plusDays(4));
    }

    private static DishDraft dish(String name, DishCategory category, String price) {
        return new DishDraft(null, name, category, price, 250, PortionUnit.G, Set.of(), false);
    }

    private static String school() {
        if (school != null) {
            return school;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RUN_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String single(String sql, String parameter) throws SQLException {
        List<String> found = rows(sql, parameter);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<String> rows(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> found = new ArrayList<>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    List<String> values = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        values.add(rows.getString(column));
                    }
                    found.add(String.join(" ", values));
                }
                return found;
            }
        }
    }
}
