package org.cardhub.meals.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.cardhub.meals.entity.Allergen;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.meals.entity.CanteenRules;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.FreeMeal;
import org.cardhub.meals.entity.MealBenefit;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.PortionUnit;
import org.cardhub.meals.entity.PreOrder;
import org.cardhub.meals.entity.PreOrderLine;
import org.cardhub.meals.entity.PreOrderStatus;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Menus, pre-orders, benefits and free meals on the real schema and mapping (V24, H2 in its PostgreSQL mode): what the
 * meals' work reads back, and the keys the database keeps — one order per pupil and day, one free meal per pupil and day.
 */
class CanteensOnTheSchemaTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);
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
            update(em, "INSERT INTO journal_entry (id, kind, booked_at, card_id, contract_id, amount_minor, actor) "
                    + "VALUES (9000, 'PURCHASE', CURRENT_TIMESTAMP, 700, 70, 8000, 'test')");
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPublishedMenuReadsBackWithItsDishesInOrderAndADraftIsNotShown() {
        database.inTransaction(em -> {
            em.persist(menu(DAY, true));
            em.persist(menu(DAY.plusDays(1), false));
            return null;
        });

        Menu menu = database.inTransaction(em -> canteens(em).publishedMenu(7, DAY).orElseThrow());

        assertThat(menu.dishes()).extracting(dish -> dish.name(), dish -> dish.category(), dish -> dish.price(),
                        dish -> dish.portionUnit(), dish -> dish.allergens(), dish -> dish.isOfFreeComplex())
                .containsExactly(tuple("Суп куриный с лапшой", DishCategory.HOT_MEAL, rub("55.00"), PortionUnit.ML,
                                Set.of(Allergen.GLUTEN, Allergen.CELERY), true),
                        tuple("Булочка с маком", DishCategory.BUFFET, rub("30.00"), PortionUnit.G, Set.of(), false));
        List<LocalDate> days = database.inTransaction(em -> canteens(em).menuDays(7, DAY, DAY.plusDays(7)));
        Optional<Menu> draft = database.inTransaction(em -> canteens(em).publishedMenu(7, DAY.plusDays(1)));
        assertThat(days).containsExactly(DAY);
        assertThat(draft).isEmpty();
    }

    @Test
    void aPreOrderKeepsItsLinesWhenChangedAndThereIsOnePerPupilAndDay() {
        long id = database.inTransaction(em -> {
            Menu menu = menu(DAY, true);
            em.persist(menu);
            em.flush();
            PreOrder order = new PreOrder(700, menu, menu.linesFor(Map.of(menu.dishes().get(0).id(), 1)), key("a"), "request-a",
                    "parent", NOW);
            em.persist(order);
            em.flush();
            order.place(menu, menu.linesFor(Map.of(menu.dishes().get(1).id(), 2, menu.dishes().get(0).id(), 1)), key("b"),
                    "request-b", "parent", NOW);
            return order.id();
        });

        PreOrder order = database.inTransaction(em -> canteens(em).orderOf(700, DAY, LockModeType.PESSIMISTIC_WRITE).orElseThrow());

        assertThat(order.id()).isEqualTo(id);
        assertThat(order.status()).isEqualTo(PreOrderStatus.WAITING);
        assertThat(order.total()).isEqualTo(rub("115.00"));
        assertThat(order.hold()).isEqualTo(key("b"));
        assertThat(order.lines()).extracting(PreOrderLine::name, PreOrderLine::quantity)
                .containsExactly(tuple("Суп куриный с лапшой", 1), tuple("Булочка с маком", 2));
        List<PreOrder> orders = database.inTransaction(em -> canteens(em).ordersOf(700, DAY.minusDays(1), DAY));
        assertThat(orders).hasSize(1);
        assertThatThrownBy(() -> database.inTransaction(em -> {
            Menu menu = em.find(Menu.class, order.menuId());
            em.persist(new PreOrder(700, menu, menu.linesFor(Map.of(menu.dishes().get(0).id(), 1)), key("c"), "request-c",
                    "parent", NOW));
            em.flush();
            return null;
        })).as("a second order of the day").isInstanceOf(PersistenceException.class);
    }

    @Test
    void aSchoolsRulesBenefitsAndKindsReadBackAndASchoolWithoutRulesRunsOnTheDefaults() {
        database.inTransaction(em -> {
            em.persist(new CanteenRules(7, LocalTime.of(17, 0), 1, 5, LocalTime.of(9, 0), LocalTime.of(12, 30), rub("175.00"), null));
            em.persist(new MealBenefit(700, em.find(BenefitKind.class, "LARGE_FAMILY"), LocalDate.of(2026, 9, 1), null, "office", NOW));
            return null;
        });

        CanteenRules rules = database.inTransaction(em -> canteens(em).rulesOf(7));
        assertThat(rules.orderCutOffTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(rules.lunchTime()).isEqualTo(LocalTime.of(12, 30));
        assertThat(rules.freeMealPrice()).contains(rub("175.00"));
        assertThat(database.inTransaction(em -> canteens(em).rulesOf(8)).lunchTime()).isEqualTo(LocalTime.NOON);
        assertThat(database.inTransaction(em -> em.find(MealBenefit.class, 700L)).coversDay(DAY)).isTrue();
        List<String> kinds = database.inTransaction(em -> em.createQuery("SELECT k.code FROM BenefitKind k ORDER BY k.sortOrder",
                String.class).getResultList());
        assertThat(kinds).containsExactly("LARGE_FAMILY", "DISABILITY", "LOW_INCOME", "IN_CARE", "PRIMARY_GRADES");
    }

    @Test
    void thereIsOneFreeMealPerPupilAndDayWhateverTriesASecond() {
        database.inTransaction(em -> {
            em.persist(new FreeMeal(700, DAY, "LARGE_FAMILY", rub("80.00"), 9000, NOW));
            return null;
        });

        assertThat(database.inTransaction(em -> em.find(FreeMeal.class, new FreeMeal.Key(700, DAY))).amount()).isEqualTo(rub("80.00"));
        assertThatThrownBy(() -> database.inTransaction(em -> {
            update(em, "INSERT INTO free_meal (card_id, meal_date, kind_code, amount_minor, entry_id, posted_at) "
                    + "VALUES (700, DATE '2026-12-08', 'LARGE_FAMILY', 8000, 9000, CURRENT_TIMESTAMP)");
            return null;
        })).isInstanceOf(PersistenceException.class);
    }

    private static Menu menu(LocalDate day, boolean published) {
        Menu menu = new Menu(7, day, "supplier", NOW);
        menu.add("Суп куриный с лапшой", DishCategory.HOT_MEAL, rub("55.00"), 250, PortionUnit.ML,
                Set.of(Allergen.CELERY, Allergen.GLUTEN), true);
        menu.add("Булочка с маком", DishCategory.BUFFET, rub("30.00"), 80, PortionUnit.G, Set.of(), false);
        if (published) {
            menu.publish("supplier", NOW);
        }
        return menu;
    }

    private static Canteens canteens(EntityManager em) {
        Canteens canteens = new Canteens();
        canteens.em = em;
        return canteens;
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
