package org.cardhub.meals.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.InvalidPreOrderException;
import org.cardhub.meals.entity.MealBenefit;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.PortionUnit;
import org.cardhub.meals.entity.PreOrder;
import org.cardhub.meals.entity.PreOrderStatus;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * The school day of a pre-order end to end on the schema, its controls and money operations wired by hand, at moments
 * chosen in the school's zone (Vladivostok): placed and changed it holds once; a pupil with no entry by 10:00 has it
 * released and the parent told; one who came is served at 12:00 as a purchase, dish by dish; a beneficiary who came
 * gets one free meal a day from the school's budget, and none while the budget cannot pay.
 */
class MealDayFlowTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Vladivostok");
    private static final LocalDate DAY = LocalDate.of(2030, 12, 10);
    private static final Instant ORDERED = DAY.minusDays(2).atTime(9, 0).atZone(ZONE).toInstant();

    private EntityManagerFactory factory;
    private Map<String, Long> dishes;

    @BeforeEach
    void aSchoolWithAPupilAMenuAndABudget() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "OFF"));
        dishes = inTransaction(em -> {
            sql(em, "INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (7, 'LEGAL_ENTITY', 'Школа', "
                    + "'2520123450', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, created_at) "
                    + "VALUES (70, 'S-07000000', 'SCHOOL', 7, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, status, "
                    + "expires_on, created_at) VALUES (700, 70, '" + "a".repeat(64) + "', 'sealed', '700599******0069', 'PLASTIC', "
                    + "'PUPIL', 'Петров Иван', 'ACTIVE', DATE '2031-11-30', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO account (contract_id, card_id, purpose, currency, balance_minor) VALUES "
                    + "(70, 700, 'MAIN', 'RUB', 100000), (70, 700, 'CANTEEN', 'RUB', 30000), (70, NULL, 'CANTEEN', 'RUB', 10000)");
            sql(em, "INSERT INTO card_guardian (card_id, subject) VALUES (700, 'parent')");
            // the defaults: email about meal pre-orders, nothing about passes and purchases
            sql(em, "INSERT INTO notification_preference (subject, email) VALUES ('parent', 'parent@example.org')");
            sql(em, "INSERT INTO terminal (id, kind, status, location, region, secret_key_cipher, key_rotated_at, created_at) "
                    + "VALUES ('GATE-7', 'TURNSTILE', 'ACTIVE', 'Школа', 'RU-PRI', 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            Menu menu = new Menu(7, DAY, "supplier", ORDERED);
            menu.add("Каша овсяная", DishCategory.HOT_MEAL, rub("45.00"), 200, PortionUnit.G, Set.of(), false);
            menu.add("Суп куриный с лапшой", DishCategory.HOT_MEAL, rub("55.00"), 250, PortionUnit.ML, Set.of(), true);
            menu.add("Компот", DishCategory.DRINK, rub("25.00"), 200, PortionUnit.ML, Set.of(), true);
            menu.publish("supplier", ORDERED);
            em.persist(menu);
            em.flush();
            return Map.of("каша", menu.dishes().get(0).id(), "суп", menu.dishes().get(1).id(), "компот", menu.dishes().get(2).id());
        });
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void aPlacedOrderHoldsOnceAChangeStillHoldsOnceAndACancellationFreesIt() {
        PreOrder placed = place(Map.of(dishes.get("суп"), 1, dishes.get("компот"), 2), "request-1");
        PreOrder again = place(Map.of(dishes.get("суп"), 1, dishes.get("компот"), 2), "request-1");
        assertThat(again.id()).isEqualTo(placed.id());
        assertThat(canteenAvailable()).isEqualTo(rub("195.00"));

        place(Map.of(dishes.get("каша"), 2), "request-2");
        assertThat(canteenAvailable()).isEqualTo(rub("210.00"));
        assertThat(rows("SELECT amount_minor FROM hold WHERE status = 'OPEN'")).containsExactly("9000");

        assertRefused(() -> place(Map.of(dishes.get("каша"), 7), "request-3"), InvalidPreOrderException.Code.FUNDS_SHORT);
        assertThat(canteenAvailable()).as("nothing written, the order as it was").isEqualTo(rub("210.00"));

        PreOrder cancelled = inTransaction(em -> new MealsWiring(em).desk().cancel(placed.id(), "request-4", ORDERED));
        assertThat(cancelled.status()).isEqualTo(PreOrderStatus.CANCELLED);
        assertThat(canteenAvailable()).isEqualTo(rub("300.00"));
        assertThat(rows("SELECT COUNT(*) FROM hold WHERE status = 'OPEN'")).containsExactly("0");
    }

    @Test
    void ordersForTheDayCloseAtSixTheEveningBefore() {
        Instant tooLate = DAY.minusDays(1).atTime(18, 0).atZone(ZONE).toInstant();

        assertRefused(() -> inTransaction(em -> new MealsWiring(em).desk().place(700, DAY, Map.of(dishes.get("суп"), 1), "late-one",
                tooLate)), InvalidPreOrderException.Code.ORDERS_CLOSED);
        assertRefused(() -> place(Map.of(dishes.get("суп"), 0), "nothing"), InvalidPreOrderException.Code.NOTHING_CHOSEN);
        assertThat(rows("SELECT COUNT(*) FROM meal_pre_order")).containsExactly("0");
    }

    @Test
    void aPupilWithNoEntryByTenHasTheOrderReleasedAndTheParentTold() {
        PreOrder placed = place(Map.of(dishes.get("суп"), 1, dishes.get("компот"), 1), "request-1");
        enters(LocalTime.of(10, 5));

        assertThat(actOn(placed, LocalTime.of(9, 59))).isEqualTo(PreOrder.Due.NOTHING);
        assertThat(actOn(placed, LocalTime.of(10, 0))).isEqualTo(PreOrder.Due.RELEASE_ABSENT);
        assertThat(actOn(placed, LocalTime.of(12, 0))).as("done with").isEqualTo(PreOrder.Due.NOTHING);

        assertThat(canteenAvailable()).isEqualTo(rub("300.00"));
        assertThat(rows("SELECT status FROM meal_pre_order")).containsExactly("ABSENT");
        assertThat(rows("SELECT subject FROM outbox_message WHERE recipient = 'parent@example.org'")).containsExactly(
                "Петров Иван: нет прихода в школу 10.12.2030 — предзаказ на 80,00\u00a0₽ отменён, деньги снова доступны");
        assertThat(rows("SELECT body FROM outbox_message")).singleElement().asString()
                .contains("до 10:00 (Asia/Vladivostok)").contains("Суп куриный с лапшой × 1, Компот × 1").contains("300,00\u00a0₽");
    }

    @Test
    void aPupilWhoCameIsServedAtLunchAsAPurchaseDishByDishAndTheCanteenMayRefundIt() {
        PreOrder placed = place(Map.of(dishes.get("суп"), 1, dishes.get("компот"), 2), "request-1");
        enters(LocalTime.of(7, 50));

        assertThat(actOn(placed, LocalTime.of(10, 0))).isEqualTo(PreOrder.Due.NOTHING);
        assertThat(actOn(placed, LocalTime.of(12, 0))).isEqualTo(PreOrder.Due.SERVE);
        assertThat(actOn(placed, LocalTime.of(12, 5))).isEqualTo(PreOrder.Due.NOTHING);

        assertThat(rows("SELECT status FROM meal_pre_order")).containsExactly("SERVED");
        assertThat(canteenAvailable()).isEqualTo(rub("195.00"));
        assertThat(rows("SELECT e.kind || ' ' || e.amount_minor || ' ' || e.description FROM journal_entry e"))
                .containsExactly("PURCHASE 10500 Обед по предзаказу на 10.12.2030");
        assertThat(rows("SELECT name || ' x' || quantity FROM purchase_item ORDER BY line_no"))
                .containsExactly("Суп куриный с лапшой x1", "Компот x2");

        inTransaction(em -> new MealsWiring(em).dayWork().markNotServed(placed.id(), DAY.atTime(13, 0).atZone(ZONE).toInstant()));
        assertThat(rows("SELECT status FROM meal_pre_order")).containsExactly("NOT_SERVED");
        assertThat(canteenAvailable()).as("refunded").isEqualTo(rub("300.00"));
    }

    @Test
    void aBeneficiaryWhoCameGetsOneFreeMealADayFromTheBudgetAndNoneWhileItCannotPay() {
        inTransaction(em -> {
            em.persist(new MealBenefit(700, em.find(BenefitKind.class, "LARGE_FAMILY"), DAY.minusDays(1), null, "office", ORDERED));
            sql(em, "UPDATE account SET balance_minor = 7000 WHERE card_id IS NULL AND purpose = 'CANTEEN'");
            return null;
        });
        enters(LocalTime.of(8, 0));
        Instant lunch = DAY.atTime(12, 0).atZone(ZONE).toInstant();

        FreeMealPosting.Result unfunded = inTransaction(em -> new MealsWiring(em).freeMeals().give(700, DAY, lunch));
        assertThat(unfunded.given()).isFalse();
        assertThat(unfunded.refusal()).contains("meal budget of school contract S-07000000");
        assertThat(rows("SELECT COUNT(*) FROM free_meal")).containsExactly("0");

        inTransaction(em -> sql(em, "UPDATE account SET balance_minor = 10000 WHERE card_id IS NULL AND purpose = 'CANTEEN'"));
        assertThat(inTransaction(em -> new MealsWiring(em).freeMeals().give(700, DAY, lunch.minusSeconds(60))).given())
                .as("not before lunch").isFalse();
        assertThat(inTransaction(em -> new MealsWiring(em).freeMeals().give(700, DAY, lunch)).given()).isTrue();
        assertThat(inTransaction(em -> new MealsWiring(em).freeMeals().give(700, DAY, lunch.plusSeconds(300))).given()).isFalse();

        assertThat(rows("SELECT card_id || ' ' || meal_date || ' ' || kind_code || ' ' || amount_minor FROM free_meal"))
                .containsExactly("700 2030-12-10 LARGE_FAMILY 8000");
        assertThat(rows("SELECT balance_minor FROM account WHERE card_id IS NULL AND purpose = 'CANTEEN'")).containsExactly("2000");
        assertThat(canteenAvailable()).isEqualTo(rub("300.00"));
        assertThat(inTransaction(em -> new MealsWiring(em).freeMeals().give(700, DAY.plusDays(1), lunch.plusSeconds(86_400))).given())
                .as("no menu, no school day").isFalse();
    }

    private PreOrder place(Map<Long, Integer> quantities, String request) {
        return inTransaction(em -> new MealsWiring(em).desk().place(700, DAY, quantities, request, ORDERED));
    }

    private PreOrder.Due actOn(PreOrder order, LocalTime time) {
        return inTransaction(em -> new MealsWiring(em).dayWork().actOn(order.id(), DAY.atTime(time).atZone(ZONE).toInstant()));
    }

    private void enters(LocalTime time) {
        inTransaction(em -> sql(em, "INSERT INTO attendance (card_id, terminal_id, event_id, direction, occurred_at, recorded_at) "
                + "VALUES (700, 'GATE-7', '" + UUID.randomUUID() + "', 'ENTRY', TIMESTAMP WITH TIME ZONE '"
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX").format(DAY.atTime(time).atZone(ZONE)) + "', CURRENT_TIMESTAMP)"));
    }

    private Amount canteenAvailable() {
        return Amount.ofMinorUnits(Long.parseLong(rows("SELECT balance_minor - held_minor FROM account WHERE card_id = 700 "
                + "AND purpose = 'CANTEEN'").get(0)), Currency.RUB);
    }

    private List<String> rows(String query) {
        return inTransaction(em -> {
            List<String> found = new ArrayList<>();
            for (Object row : em.createNativeQuery(query).getResultList()) {
                found.add(String.valueOf(row));
            }
            return found;
        });
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static Object sql(EntityManager em, String statement) {
        return em.createNativeQuery(statement).executeUpdate();
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }
}
