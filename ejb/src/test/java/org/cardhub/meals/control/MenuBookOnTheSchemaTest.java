package org.cardhub.meals.control;

import jakarta.persistence.EntityManager;
import org.cardhub.meals.entity.Allergen;
import org.cardhub.meals.entity.Dish;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.DishDraft;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.MenuStatus;
import org.cardhub.meals.entity.OrderedDishes;
import org.cardhub.meals.entity.PortionUnit;
import org.cardhub.meals.entity.PreOrder;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The supplier's menus on the real schema and mapping (V28 on H2 in its PostgreSQL mode): a menu revised whole — a dish
 * moved up, one removed, a sweet added in a removed one's place — is written in one flush and reads back in its order;
 * what parents ordered from a menu is counted in the database, a cancelled order's dishes named but not counted; today's
 * menus of several schools in one query; a school's clock.
 */
class MenuBookOnTheSchemaTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    private static final LocalDate BEFORE = DAY.minusDays(2);
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private MigratedDatabase database;

    @BeforeEach
    void aSchoolWithAPupil() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            update(em, "INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (7, 'LEGAL_ENTITY', "
                    + "'МБОУ «Школа № 7»', '2520123450', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            update(em, "INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, "
                    + "created_at) VALUES (70, 'S-07000000', 'SCHOOL', 7, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Asia/Vladivostok', "
                    + "CURRENT_TIMESTAMP)");
            update(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, "
                    + "status, expires_on, created_at) VALUES (700, 70, '" + "a".repeat(64) + "', 'sealed', '700599******0069', "
                    + "'PLASTIC', 'PUPIL', 'Петров Иван', 'ACTIVE', DATE '2031-11-30', CURRENT_TIMESTAMP)");
            update(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, "
                    + "status, expires_on, created_at) VALUES (701, 70, '" + "b".repeat(64) + "', 'sealed', '700599******0077', "
                    + "'PLASTIC', 'PUPIL', 'Петрова Мария', 'ACTIVE', DATE '2031-11-30', CURRENT_TIMESTAMP)");
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aMenuRevisedWholeIsWrittenInOneFlushAndReadsBackInItsOrder() {
        long menuId = database.inTransaction(em -> {
            Menu menu = menu(DAY, "Каша", "Суп", "Компот");
            em.persist(menu);
            em.flush();
            return menu.id();
        });

        database.inTransaction(em -> {
            Menu menu = book(em).menus(7, DAY, DAY).get(DAY);
            List<Dish> dishes = menu.dishes();
            menu.revise(List.of(DishDraft.of(dishes.get(2)), DishDraft.of(dishes.get(0)),
                            new DishDraft(null, "Зефир", DishCategory.SWEETS, "30,50", 40, PortionUnit.G, Set.of(Allergen.EGGS), false)),
                    OrderedDishes.NONE, BEFORE, "supplier", NOW);
            em.flush();
            return null;
        });

        Menu menu = database.inTransaction(em -> book(em).menus(7, DAY.minusDays(1), DAY.plusDays(1)).get(DAY));
        assertThat(menu.id()).isEqualTo(menuId);
        assertThat(menu.dishes()).extracting(Dish::position, Dish::name, Dish::category, Dish::price)
                .containsExactly(tuple(1, "Компот", DishCategory.DRINK, rub("50.00")), tuple(2, "Каша", DishCategory.HOT_MEAL, rub("50.00")),
                        tuple(3, "Зефир", DishCategory.SWEETS, rub("30.50")));
        int dishes = database.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM dish").getSingleResult())
                .intValue());
        assertThat(dishes).as("the removed soup is gone").isEqualTo(3);
    }

    @Test
    void whatParentsOrderedIsCountedAndACancelledOrdersDishesAreNamedOnly() {
        Map<String, Long> ids = database.inTransaction(em -> {
            Menu menu = menu(DAY, "Каша", "Суп", "Компот");
            menu.publish("supplier", NOW);
            em.persist(menu);
            em.flush();
            List<Dish> dishes = menu.dishes();
            em.persist(new PreOrder(700, menu, menu.linesFor(Map.of(dishes.get(0).id(), 2, dishes.get(2).id(), 1)), key("a"), "request-a",
                    "parent", NOW));
            PreOrder cancelled = new PreOrder(701, menu, menu.linesFor(Map.of(dishes.get(1).id(), 1)), key("b"), "request-b", "parent", NOW);
            em.persist(cancelled);
            em.flush();
            cancelled.cancel("request-c", "parent", NOW);
            return Map.of("menu", menu.id(), "porridge", dishes.get(0).id(), "soup", dishes.get(1).id(), "compote", dishes.get(2).id());
        });

        Map<Long, OrderedDishes> ordered = database.inTransaction(em -> book(em).ordered(List.of(ids.get("menu"), 999L)));

        OrderedDishes fromMenu = ordered.get(ids.get("menu"));
        assertThat(fromMenu.liveOrders()).isEqualTo(1);
        assertThat(fromMenu.portions()).containsOnly(Map.entry(ids.get("porridge"), 2), Map.entry(ids.get("compote"), 1));
        assertThat(fromMenu.isOrdered(ids.get("soup"))).isFalse();
        assertThat(fromMenu.isNamed(ids.get("soup"))).isTrue();
        assertThat(ordered.get(999L)).isEqualTo(OrderedDishes.NONE);
    }

    @Test
    void todaysMenusOfSeveralSchoolsAreReadAtOnceAndASchoolsClockIsItsContracts() {
        database.inTransaction(em -> {
            Menu published = menu(DAY, "Каша", "Суп");
            published.publish("supplier", NOW);
            em.persist(published);
            em.persist(menu(DAY.plusDays(1), "Плов"));
            return null;
        });

        List<MenuBook.DayStatus> statuses = database.inTransaction(em -> book(em).statuses(List.of(7L, 8L), Set.of(DAY, DAY.plusDays(1))));

        assertThat(statuses).extracting(MenuBook.DayStatus::date, MenuBook.DayStatus::status, MenuBook.DayStatus::dishes)
                .containsExactlyInAnyOrder(tuple(DAY, MenuStatus.PUBLISHED, 2), tuple(DAY.plusDays(1), MenuStatus.DRAFT, 1));
        ZoneId school = database.inTransaction(em -> book(em).zoneOf(7));
        ZoneId noSchool = database.inTransaction(em -> book(em).zoneOf(8));
        assertThat(school).isEqualTo(ZoneId.of("Asia/Vladivostok"));
        assertThat(noSchool).isEqualTo(ZoneOffset.UTC);
    }

    private static Menu menu(LocalDate day, String... names) {
        Menu menu = new Menu(7, day, "supplier", NOW);
        menu.revise(java.util.Arrays.stream(names)
                        .map(name -> new DishDraft(null, name, name.equals("Компот") ? DishCategory.DRINK : DishCategory.HOT_MEAL, "50",
                                200, PortionUnit.G, Set.of(), false)).toList(),
                OrderedDishes.NONE, BEFORE, "supplier", NOW);
        return menu;
    }

    private static MenuBook book(EntityManager em) {
        MenuBook book = new MenuBook();
        book.em = em;
        return book;
    }

    private static OperationKey key(String name) {
        return new OperationKey("meals:pre-order", "700:" + DAY + ":" + name);
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }

    private static void update(EntityManager em, String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }
}
