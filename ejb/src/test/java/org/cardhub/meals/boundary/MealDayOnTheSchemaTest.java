package org.cardhub.meals.boundary;

import jakarta.persistence.EntityManager;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.meals.control.FreeMealPosting;
import org.cardhub.meals.control.MealDayWork;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.FreeMeal;
import org.cardhub.meals.entity.FreeMealSummary;
import org.cardhub.meals.entity.MealBenefit;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.PortionUnit;
import org.cardhub.meals.entity.PreOrder;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the school day's run picks up, on the real schema (H2 in its PostgreSQL mode): the waiting orders whose day may
 * have begun, of one school when asked for one; each beneficiary's free meal of yesterday and today in their school's
 * zone; and a parent's list of free meals given, with the benefit's kind and the dishes.
 */
class MealDayOnTheSchemaTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    private static final Instant DAY_NOON_VLADIVOSTOK = Instant.parse("2026-12-08T02:00:00Z");

    private MigratedDatabase database;
    private final List<Long> actedOn = new ArrayList<>();
    private final List<String> freeMealsAsked = new ArrayList<>();

    @BeforeEach
    void twoSchoolsWithAPupilEach() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            school(em, 7, "Asia/Vladivostok", 700);
            school(em, 8, "Europe/Moscow", 800);
            update(em, "INSERT INTO journal_entry (id, kind, booked_at, card_id, contract_id, amount_minor, actor) "
                    + "VALUES (9000, 'PURCHASE', CURRENT_TIMESTAMP, 700, 70, 8000, 'test')");
            update(em, "INSERT INTO purchase_item (id, entry_id, line_no, name, category, quantity, price_minor) "
                    + "VALUES (1, 9000, 1, 'Суп куриный с лапшой', 'HOT_MEAL', 1, 5500), (2, 9000, 2, 'Компот', 'DRINK', 1, 2500)");
            for (long card : List.of(700L, 800L)) {
                Menu menu = new Menu(card / 100, DAY, "supplier", DAY_NOON_VLADIVOSTOK);
                menu.add("Суп", DishCategory.HOT_MEAL, Amount.parse("55.00", Currency.RUB), 250, PortionUnit.ML, Set.of(), true);
                menu.publish("supplier", DAY_NOON_VLADIVOSTOK);
                em.persist(menu);
                em.flush();
                em.persist(new PreOrder(card, menu, menu.linesFor(Map.of(menu.dishes().get(0).id(), 1)),
                        new OperationKey("meals:pre-order", card + ":" + DAY + ":r"), "request-1", "parent", DAY_NOON_VLADIVOSTOK));
            }
            em.persist(new MealBenefit(700, em.find(BenefitKind.class, "LARGE_FAMILY"), DAY.minusDays(30), null, "office",
                    DAY_NOON_VLADIVOSTOK));
            em.persist(new FreeMeal(700, DAY.minusDays(1), "LARGE_FAMILY", Amount.parse("80.00", Currency.RUB), 9000,
                    DAY_NOON_VLADIVOSTOK));
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRunForOneSchoolActsOnItsWaitingOrdersAndAsksForItsBeneficiariesMealsOfYesterdayAndToday() {
        MealDay.Run run = database.inTransaction(em -> mealDay(em).runAt(DAY_NOON_VLADIVOSTOK, 7));

        assertThat(actedOn).containsExactly(orderOf(700));
        assertThat(freeMealsAsked).containsExactly("700:" + DAY.minusDays(1), "700:" + DAY);
        assertThat(run.served()).isEqualTo(1);
        assertThat(run.freeMealsGiven()).isEqualTo(2);
    }

    @Test
    void aRunForAllSchoolsTakesEveryWaitingOrderUpToTomorrowInUtcButNoneOfADayFurtherAhead() {
        database.inTransaction(em -> mealDay(em).runAt(DAY_NOON_VLADIVOSTOK));
        assertThat(actedOn).containsExactlyInAnyOrder(orderOf(700), orderOf(800));

        actedOn.clear();
        database.inTransaction(em -> mealDay(em).runAt(DAY_NOON_VLADIVOSTOK.minusSeconds(3 * 24 * 3600)));
        assertThat(actedOn).isEmpty();
    }

    @Test
    void aParentSeesTheFreeMealsGivenWithTheBenefitsKindAndTheDishes() {
        List<FreeMealSummary> given = database.inTransaction(em -> {
            FreeMeals freeMeals = new FreeMeals();
            freeMeals.em = em;
            freeMeals.access = (ObjectAccess) Proxy.newProxyInstance(ObjectAccess.class.getClassLoader(),
                    new Class<?>[]{ObjectAccess.class}, (proxy, method, arguments) -> null);
            return freeMeals.of(700);
        });

        assertThat(given).extracting(FreeMealSummary::day, FreeMealSummary::kindRu, FreeMealSummary::amount, FreeMealSummary::dishes)
                .containsExactly(tuple(DAY.minusDays(1), "многодетная семья", Amount.parse("80.00", Currency.RUB),
                        List.of("Суп куриный с лапшой", "Компот")));
    }

    private MealDay mealDay(EntityManager em) {
        MealDay mealDay = new MealDay();
        mealDay.em = em;
        mealDay.work = new MealDayWork() {
            @Override
            public PreOrder.Due actOn(long preOrderId, Instant now) {
                actedOn.add(preOrderId);
                return PreOrder.Due.SERVE;
            }
        };
        mealDay.freeMeals = new FreeMealPosting() {
            @Override
            public Result give(long cardId, LocalDate day, Instant now) {
                freeMealsAsked.add(cardId + ":" + day);
                return new Result(true, null);
            }
        };
        return mealDay;
    }

    private long orderOf(long card) {
        return database.inTransaction(em -> em.createQuery("SELECT p.id FROM PreOrder p WHERE p.cardId = :card", Long.class)
                .setParameter("card", card).getSingleResult());
    }

    private static void school(EntityManager em, long id, String zone, long card) {
        update(em, "INSERT INTO organization (id, form, name, inn, kpp, time_zone, created_at) VALUES (" + id + ", 'LEGAL_ENTITY', "
                + "'Школа " + id + "', '2520123450', '25200100" + id + "', '" + zone + "', CURRENT_TIMESTAMP)");
        update(em, "INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, "
                + "created_at) VALUES (" + id * 10 + ", 'S-0" + id + "000000', 'SCHOOL', " + id + ", 'ACTIVE', 'DISTRIBUTED', "
                + "'PREPAID', '" + zone + "', CURRENT_TIMESTAMP)");
        update(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, "
                + "status, expires_on, created_at) VALUES (" + card + ", " + id * 10 + ", '" + String.valueOf(id).repeat(64)
                + "', 'sealed', '700599******00" + id + "0', 'PLASTIC', 'PUPIL', 'Ученик " + id + "', 'ACTIVE', DATE '2031-11-30', "
                + "CURRENT_TIMESTAMP)");
    }

    private static void update(EntityManager em, String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }
}
