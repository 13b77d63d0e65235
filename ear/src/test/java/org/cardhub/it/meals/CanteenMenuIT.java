package org.cardhub.it.meals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import jakarta.json.JsonObject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.it.core.AsParent;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.it.core.StaffSchool;
import org.cardhub.meals.boundary.MenuDesk;
import org.cardhub.meals.boundary.PreOrders;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.DishDraft;
import org.cardhub.meals.entity.DishView;
import org.cardhub.meals.entity.InvalidMenuException;
import org.cardhub.meals.entity.MenuStatus;
import org.cardhub.meals.entity.MenuView;
import org.cardhub.meals.entity.PortionUnit;
import org.cardhub.meals.entity.WeekCopied;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.refusal.Refusal;
import org.cardhub.terminals.boundary.Terminals;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The canteen supplier's menus on the real boundaries, database, broker and terminal API, each test in a school of its
 * own (so reruns on a kept database pass): a price published for a day is the price the school's canteen terminal lists
 * and sells on that day, not the day before, and a sale at another price is refused; the supplier's people reach only
 * the schools their organisation supplies, and bad dishes are refused precisely; what parents ordered stays as ordered;
 * a week is copied as drafts, replacing days only when asked.
 */
@ExtendWith(ArquillianExtension.class)
class CanteenMenuIT {

    private static final String ZONE = "Asia/Vladivostok";

    @Deployment
    static EnterpriseArchive deployment() {
        return MealsTestDeployment.with("canteen-menu", CanteenMenuIT.class);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsCanteenSupplier supplier;

    @EJB
    AsParent parent;

    @EJB
    Fixtures fixtures;

    @EJB
    StaffSchool staff;

    @EJB
    Contracts contracts;

    @EJB
    Cards cards;

    @EJB
    Terminals terminals;

    @EJB
    Payments payments;

    @EJB
    MenuDesk desk;

    @EJB
    PreOrders preOrders;

    @Resource(lookup = "jms/cardhubConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/TerminalEvents")
    Queue terminalEvents;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    private CanteenSchool school;
    private LocalDate today;

    @BeforeEach
    void aSchoolWithACanteenTerminalAndItsSupplier() {
        school = CanteenSchool.create(backOffice, fixtures, staff, contracts, terminals, payments, ZONE, AsCanteenSupplier.SUBJECT);
        today = LocalDate.now(school.zone());
    }

    @Test
    void aNewPriceIsTheTillsPriceFromTheMenusDayAndASaleAtAnotherIsRefused() throws Exception {
        save(today, null, dish(null, "Суп дня", DishCategory.HOT_MEAL, "55"), dish(null, "Компот", DishCategory.DRINK, "25"));
        supplier.call(() -> desk.publish(school.schoolId(), today));
        MenuView published = day(today);
        DishView soup = published.dishes().get(0);
        save(today, published.version(), dish(soup.id(), "Суп дня", DishCategory.HOT_MEAL, "65,00"),
                dish(published.dishes().get(1).id(), "Компот", DishCategory.DRINK, "25"));

        JsonObject listed = school.till().productList(today);
        JsonObject soupListed = products(listed).filter(product -> product.getString("code").equals(soup.code())).findFirst().orElseThrow();
        assertThat(soupListed.getString("price")).isEqualTo("65.00");
        assertThat(soupListed.getString("name")).isEqualTo("Суп дня");
        assertThat(soupListed.getString("category")).isEqualTo("HOT_MEAL");
        assertThat(soupListed.getString("source")).isEqualTo("MENU");
        assertThat(soup.code()).isEqualTo("MENU-" + soup.id());
        assertThat(products(school.till().productList(today.minusDays(1))).map(product -> product.getString("code")))
                .as("not the day before").doesNotContain(soup.code());
        assertThat(school.till().productList(null).getString("date")).as("today at the school").isEqualTo(today.toString());
        assertThat(school.till().products("23.11.2026").statusCode()).as("a day is yyyy-MM-dd").isEqualTo(400);

        String card = school.pupil().schoolContractNumber();
        String sale = UUID.randomUUID().toString();
        JsonObject sold = school.till().buy(connectionFactory, terminalEvents, sale, card, "Суп дня", "HOT_MEAL", "65.00", soup.code());
        JsonObject stale = school.till().buy(connectionFactory, terminalEvents, UUID.randomUUID().toString(), card, "Суп дня",
                "HOT_MEAL", "55.00", soup.code());

        assertThat(sold.getString("status")).as(sold.toString()).isEqualTo("APPROVED");
        assertThat(stale.getString("status")).isEqualTo("DECLINED");
        assertThat(stale.getString("code")).isEqualTo("ITEM_INVALID");
        assertThat(stale.getString("message")).contains(soup.code()).contains("65.00");
        assertThat(count("SELECT COUNT(*) FROM terminal_rejection WHERE terminal_id = ? AND code = 'ITEM_INVALID'", school.till().id()))
                .isEqualTo(1);

        MenuView repriced = day(today);
        save(today, repriced.version(), dish(soup.id(), "Суп дня", DishCategory.HOT_MEAL, "70"),
                dish(repriced.dishes().get(1).id(), "Компот", DishCategory.DRINK, "25"));
        JsonObject again = school.till().buy(connectionFactory, terminalEvents, sale, card, "Суп дня", "HOT_MEAL", "65.00", soup.code());
        assertThat(again.getString("status")).as("a repeated sale gets its first outcome").isEqualTo("APPROVED");
        assertThat(again.getString("authCode")).isEqualTo(sold.getString("authCode"));
        JsonObject withoutCode = school.till().buy(connectionFactory, terminalEvents, UUID.randomUUID().toString(), card, "Пирожок",
                "BUFFET", "20.00", null);
        assertThat(withoutCode.getString("status")).as("a line without a code is sold as before").isEqualTo("APPROVED");
    }

    @Test
    void theSuppliersPeopleReachOnlyTheSchoolsTheySupplyAndBadDishesAreRefusedPrecisely() throws Exception {
        long other = CanteenSchool.unsupplied(backOffice, fixtures, contracts);
        LocalDate day = today.plusDays(3);

        assertThat(supplier.call(() -> desk.mySchools())).extracting(school -> school.id()).contains(school.schoolId()).doesNotContain(other);
        assertThat(refusal(() -> supplier.call(() -> desk.week(other, day)))).isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> supplier.call(() -> desk.save(other, day, List.of(dish(null, "Суп", DishCategory.HOT_MEAL, "50")), null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> supplier.call(() -> desk.copyWeek(other, day, day.plusWeeks(1), false)))).isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> parent.call(() -> desk.mySchools()))).as("a parent is no supplier").isInstanceOf(EJBAccessException.class);

        assertThat(code(() -> save(day, null, dish(null, "Суп", DishCategory.HOT_MEAL, "0")))).isEqualTo(InvalidMenuException.Code.PRICE_NOT_POSITIVE);
        assertThat(code(() -> save(day, null, dish(null, "Суп", DishCategory.HOT_MEAL, "12,345")))).isEqualTo(InvalidMenuException.Code.PRICE_SCALE);
        assertThat(code(() -> save(day, null, dish(null, "", DishCategory.HOT_MEAL, "50")))).isEqualTo(InvalidMenuException.Code.NAME_EMPTY);
        assertThat(code(() -> save(day, null, dish(null, "Суп", DishCategory.HOT_MEAL, "50"), dish(null, "СУП", DishCategory.HOT_MEAL, "40"))))
                .isEqualTo(InvalidMenuException.Code.NAME_DUPLICATE);
        assertThat(code(() -> save(today.minusDays(1), null, dish(null, "Суп", DishCategory.HOT_MEAL, "50"))))
                .isEqualTo(InvalidMenuException.Code.DATE_PAST);
        assertThat(day(day).exists()).as("nothing written").isFalse();

        save(day, null, dish(null, "Суп", DishCategory.HOT_MEAL, "50"));
        assertThat(code(() -> save(day, null, dish(null, "Суп", DishCategory.HOT_MEAL, "55")))).as("saved meanwhile")
                .isEqualTo(InvalidMenuException.Code.STALE);
        backOffice.call(() -> desk.publish(school.schoolId(), day));
        assertThat(day(day).status()).isEqualTo(MenuStatus.PUBLISHED);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'ORGANIZATION' AND subject_id = ? "
                + "AND action IN ('meals.menu.save', 'meals.menu.publish')", String.valueOf(school.schoolId()))).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM menu WHERE organization_id = ? AND supplier_id = ?", school.schoolId(), school.supplierId()))
                .as("the menu names its supplier").isEqualTo(1);
    }

    @Test
    void whatParentsOrderedStaysAsOrderedAndKeepsTheMenuPublished() throws Exception {
        LocalDate day = today.plusDays(2);
        backOffice.run(() -> cards.addGuardian(school.pupil().id(), "parent"));
        save(day, null, dish(null, "Суп куриный", DishCategory.HOT_MEAL, "55"), dish(null, "Булочка", DishCategory.BUFFET, "30"));
        supplier.call(() -> desk.publish(school.schoolId(), day));
        MenuView menu = day(day);
        long soup = menu.dishes().get(0).id();
        long bun = menu.dishes().get(1).id();
        parent.call(() -> preOrders.place(school.pupil().id(), day, Map.of(soup, 2), UUID.randomUUID().toString()));

        MenuView ordered = day(day);
        assertThat(ordered.liveOrders()).isEqualTo(1);
        assertThat(ordered.dishes().get(0).orderedPortions()).isEqualTo(2);
        assertThat(code(() -> save(day, ordered.version(), dish(soup, "Суп куриный", DishCategory.HOT_MEAL, "60"),
                dish(bun, "Булочка", DishCategory.BUFFET, "30")))).isEqualTo(InvalidMenuException.Code.DISH_ORDERED);
        assertThat(code(() -> save(day, ordered.version(), dish(bun, "Булочка", DishCategory.BUFFET, "30"))))
                .isEqualTo(InvalidMenuException.Code.DISH_ORDERED_REMOVED);
        assertThat(code(() -> supplier.call(() -> desk.unpublish(school.schoolId(), day)))).isEqualTo(InvalidMenuException.Code.HAS_ORDERS);

        save(day, ordered.version(), dish(soup, "Суп куриный", DishCategory.HOT_MEAL, "55,00"), dish(bun, "Булочка", DishCategory.BUFFET, "32"),
                dish(null, "Зефир", DishCategory.SWEETS, "40"));
        assertThat(day(day).dishes()).extracting(DishView::name).containsExactly("Суп куриный", "Булочка", "Зефир");
        assertThat(day(day).status()).isEqualTo(MenuStatus.PUBLISHED);
    }

    @Test
    void aWeekIsCopiedAsDraftsAndDaysWithMenusAreReplacedOnlyWhenAsked() throws Exception {
        LocalDate monday = today.plusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        LocalDate target = monday.plusWeeks(1);
        save(monday, null, dish(null, "Каша", DishCategory.HOT_MEAL, "45"));
        save(monday.plusDays(2), null, dish(null, "Плов", DishCategory.HOT_MEAL, "120"));
        supplier.call(() -> desk.publish(school.schoolId(), monday));
        save(target.plusDays(2), null, dish(null, "Рыба", DishCategory.HOT_MEAL, "110"));

        Throwable taken = refusal(() -> supplier.call(() -> desk.copyWeek(school.schoolId(), monday, target, false)));
        assertThat(taken).isInstanceOfSatisfying(InvalidMenuException.class, refused -> {
            assertThat(refused.code()).isEqualTo(InvalidMenuException.Code.TARGET_TAKEN);
            assertThat(refused.dates()).containsExactly(target.plusDays(2));
        });
        assertThat(day(target).exists()).as("nothing copied").isFalse();

        WeekCopied copied = supplier.call(() -> desk.copyWeek(school.schoolId(), monday.plusDays(4), target.plusDays(1), true));

        assertThat(copied.copied()).containsExactly(target);
        assertThat(copied.replaced()).containsExactly(target.plusDays(2));
        assertThat(day(target).status()).as("a copy is a draft, whatever its source was").isEqualTo(MenuStatus.DRAFT);
        assertThat(day(target).dishes()).extracting(DishView::name).containsExactly("Каша");
        assertThat(day(target.plusDays(2)).dishes()).extracting(DishView::name).containsExactly("Плов");
        assertThat(count("SELECT COUNT(*) FROM menu WHERE organization_id = ? AND copied_from_id IS NOT NULL", school.schoolId())).isEqualTo(2);
    }

    // ---- helpers

    private void save(LocalDate date, Long version, DishDraft... dishes) throws Exception {
        supplier.call(() -> desk.save(school.schoolId(), date, List.of(dishes), version));
    }

    private MenuView day(LocalDate date) throws Exception {
        return supplier.call(() -> desk.day(school.schoolId(), date));
    }

    private static DishDraft dish(Long id, String name, DishCategory category, String price) {
        return new DishDraft(id, name, category, price, 200, PortionUnit.G, Set.of(), false);
    }

    private static Stream<JsonObject> products(JsonObject list) {
        return list.getJsonArray("products").getValuesAs(JsonObject.class).stream();
    }

    /** What the call was refused with: the refusal or the container's access refusal inside the EJB's wrapping. */
    private static Throwable refusal(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refused").isNotNull();
        return Stream.iterate(thrown, link -> link != null, Throwable::getCause)
                .filter(link -> link instanceof Refusal || link instanceof EJBAccessException).findFirst().orElse(thrown);
    }

    private static InvalidMenuException.Code code(ThrowingCallable call) {
        Throwable refused = refusal(call);
        assertThat(refused).isInstanceOf(InvalidMenuException.class);
        return ((InvalidMenuException) refused).code();
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            List<Object> values = new ArrayList<>(List.of(parameters));
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
