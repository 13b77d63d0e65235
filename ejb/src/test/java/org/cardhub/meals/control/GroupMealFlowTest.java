package org.cardhub.meals.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.GroupMeal;
import org.cardhub.meals.entity.GroupMealOutcome;
import org.cardhub.meals.entity.GroupMealPupil;
import org.cardhub.meals.entity.GroupMealReason;
import org.cardhub.meals.entity.GroupMealStatus;
import org.cardhub.meals.entity.InvalidGroupMealException;
import org.cardhub.meals.entity.MealBenefit;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.PortionUnit;
import org.cardhub.meals.entity.PreOrder;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Spend;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * A teacher's group meal end to end on the schema, its controls and money operations wired by hand, at moments chosen in
 * the school's zone (Vladivostok): each paying pupil's part held on the canteen purse once however often the page is
 * submitted, a beneficiary's paid from the school's budget, the others listed with the reason and nothing held; served
 * at lunch as purchases dish by dish; cancelled, every hold released; refused as a whole, nothing written.
 */
class GroupMealFlowTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Vladivostok");
    private static final LocalDate DAY = LocalDate.of(2030, 12, 10);
    private static final Instant ORDERED = DAY.minusDays(1).atTime(15, 0).atZone(ZONE).toInstant();
    private static final Instant LUNCH = DAY.atTime(12, 0).atZone(ZONE).toInstant();
    private static final List<Long> CLASS = List.of(700L, 701L, 702L, 703L, 704L);

    private EntityManagerFactory factory;
    private Map<String, Long> dishes;
    private Function<Spend, Outcome> checks = spend -> Outcome.spendWouldBeApproved(spend.amount(), spend.volume(), spend.amount());

    @BeforeEach
    void aClassOfFivePupilsAMenuAndABudget() {
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
            sql(em, "INSERT INTO school_class (id, organization_id, grade, letter, name, teacher_subject) "
                    + "VALUES (5, 7, 5, 'А', '5А', 'teacher')");
            pupil(em, 700, "Петров Иван", "ACTIVE", 30000);
            pupil(em, 701, "Иванова Анна", "ACTIVE", 1000);
            pupil(em, 702, "Сидоров Пётр", "ACTIVE", 0);
            pupil(em, 703, "Алексеев Борис", "BLOCKED", 50000);
            pupil(em, 704, "Кузнецова Мария", "ACTIVE", 50000);
            sql(em, "INSERT INTO account (contract_id, card_id, purpose, currency, balance_minor) VALUES (70, NULL, 'CANTEEN', 'RUB', 10000)");
            em.persist(new MealBenefit(702, em.find(BenefitKind.class, "LARGE_FAMILY"), DAY.minusDays(30), null, "office", ORDERED));
            Menu menu = new Menu(7, DAY, "supplier", ORDERED);
            menu.add("Каша овсяная", DishCategory.HOT_MEAL, rub("45.00"), 200, PortionUnit.G, Set.of(), false);
            menu.add("Суп куриный с лапшой", DishCategory.HOT_MEAL, rub("55.00"), 250, PortionUnit.ML, Set.of(), true);
            menu.add("Компот", DishCategory.DRINK, rub("25.00"), 200, PortionUnit.ML, Set.of(), true);
            menu.publish("supplier", ORDERED);
            em.persist(menu);
            em.flush();
            em.persist(new PreOrder(704, menu, menu.linesFor(Map.of(menu.dishes().get(0).id(), 1)),
                    new OperationKey("meals:pre-order", "704:" + DAY + ":r"), "parents-request", "parent", ORDERED));
            return Map.of("каша", menu.dishes().get(0).id(), "суп", menu.dishes().get(1).id(), "компот", menu.dishes().get(2).id());
        });
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void eachPaysOrIsPaidForOrIsListedWithTheReasonAndTheSamePageTwiceOrdersOnce() {
        GroupMeal meal = order(CLASS, "request-1", ORDERED);
        GroupMeal again = order(CLASS, "request-1", ORDERED.plusSeconds(5));

        assertThat(again.id()).isEqualTo(meal.id());
        assertThat(rows("SELECT COUNT(*) FROM group_meal")).containsExactly("1");
        assertThat(outcomes(meal)).containsExactly(
                tuple(700L, GroupMealOutcome.HELD, null),
                tuple(701L, GroupMealOutcome.REFUSED, GroupMealReason.FUNDS_SHORT),
                tuple(702L, GroupMealOutcome.FREE, null),
                tuple(703L, GroupMealOutcome.REFUSED, GroupMealReason.CARD_BLOCKED),
                tuple(704L, GroupMealOutcome.REFUSED, GroupMealReason.PRE_ORDERED));
        assertThat(rows("SELECT card_id || ' ' || amount_minor FROM hold WHERE status = 'OPEN'")).containsExactly("700 8000");
        assertThat(available(701)).as("nothing held for who cannot pay").isEqualTo(rub("10.00"));
        assertThat(rows("SELECT COUNT(*) FROM journal_entry")).as("nothing taken before serving").containsExactly("0");
    }

    @Test
    void atLunchTheHeldPartsArePaidFromTheirHoldsDishByDishAndTheBeneficiarysFromTheBudgetOnce() {
        GroupMeal meal = order(CLASS, "request-1", ORDERED);

        assertThat(serve(meal, LUNCH.minusSeconds(60))).isFalse();
        assertThat(serve(meal, LUNCH)).isTrue();
        assertThat(serve(meal, LUNCH.plusSeconds(300))).isFalse();

        assertThat(rows("SELECT status FROM group_meal")).containsExactly("SERVED");
        assertThat(rows("SELECT e.card_id || ' ' || e.amount_minor || ' ' || e.category || ' ' || e.description FROM journal_entry e "
                + "WHERE e.kind = 'PURCHASE' ORDER BY e.card_id")).containsExactly(
                "700 8000 MEAL Обед класса 5А на 10.12.2030",
                "702 8000 FREE_MEAL Обед класса 5А на 10.12.2030 за счёт школы (льгота: многодетная семья)");
        assertThat(rows("SELECT e.amount_minor - SUM(i.price_minor * i.quantity) FROM journal_entry e JOIN purchase_item i "
                + "ON i.entry_id = e.id GROUP BY e.id, e.amount_minor")).as("postings equal the dishes").containsOnly("0");
        assertThat(rows("SELECT name || ' x' || quantity FROM purchase_item WHERE entry_id = (SELECT MIN(id) FROM journal_entry)"))
                .containsExactly("Суп куриный с лапшой x1", "Компот x1");
        assertThat(available(700)).isEqualTo(rub("220.00"));
        assertThat(rows("SELECT balance_minor FROM account WHERE card_id IS NULL AND purpose = 'CANTEEN'")).containsExactly("2000");
        assertThat(rows("SELECT COUNT(*) FROM hold WHERE status = 'OPEN'")).containsExactly("0");
        assertThat(rows("SELECT COUNT(*) FROM group_meal_pupil WHERE outcome <> 'REFUSED' AND entry_id IS NULL")).containsExactly("0");
        assertThat(rows("SELECT card_id || ' ' || amount_minor FROM free_meal")).as("the beneficiary's meal of the day")
                .containsExactly("702 8000");
        assertThat(inTransaction(em -> new MealsWiring(em).freeMeals().give(702, DAY, LUNCH.plusSeconds(600))).given())
                .as("no second free meal that day").isFalse();
    }

    @Test
    void cancellingBeforeLunchReleasesEveryHoldAndAfterItIsRefused() {
        GroupMeal meal = order(List.of(700L, 701L), "request-1", ORDERED);
        inTransaction(em -> {
            em.createNativeQuery("UPDATE account SET balance_minor = 20000 WHERE card_id = 701 AND purpose = 'CANTEEN'").executeUpdate();
            return null;
        });
        GroupMeal second = order(List.of(701L), "request-2", ORDERED);
        assertThat(rows("SELECT COUNT(*) FROM hold WHERE status = 'OPEN'")).containsExactly("2");

        GroupMeal cancelled = inTransaction(em -> new MealsWiring(em).groupDesk().cancel(meal.id(), ORDERED.plusSeconds(3600)));
        assertThat(cancelled.status()).isEqualTo(GroupMealStatus.CANCELLED);
        assertThat(available(700)).isEqualTo(rub("300.00"));
        assertThat(rows("SELECT card_id FROM hold WHERE status = 'OPEN'")).as("the other meal's hold stays").containsExactly("701");
        assertThat(serve(meal, LUNCH)).as("a cancelled meal is not served").isFalse();

        assertRefused(() -> inTransaction(em -> new MealsWiring(em).groupDesk().cancel(second.id(), LUNCH)),
                InvalidGroupMealException.Code.NOT_CANCELLABLE);
        assertThat(rows("SELECT status FROM group_meal WHERE id = " + second.id())).containsExactly("ORDERED");
    }

    @Test
    void aParentsLimitOrAForbiddenCategoryRefusesThePupilAndAPupilInAnotherMealThatDayIsNotOrderedTwice() {
        checks = spend -> spend.card().value().equals("700") && spend.category().equals("MEAL")
                ? Outcome.declined(DeclineCode.LIMIT_EXCEEDED, "daily limit")
                : spend.card().value().equals("704") && spend.category().equals("DRINK")
                ? Outcome.declined(DeclineCode.PRODUCT_NOT_ALLOWED, "no drinks") : approved(spend);
        inTransaction(em -> {
            em.createNativeQuery("UPDATE meal_pre_order SET status = 'CANCELLED'").executeUpdate();
            return null;
        });
        GroupMeal meal = order(List.of(700L, 704L), "request-1", ORDERED);
        assertThat(outcomes(meal)).containsExactly(
                tuple(700L, GroupMealOutcome.REFUSED, GroupMealReason.LIMIT_EXCEEDED),
                tuple(704L, GroupMealOutcome.REFUSED, GroupMealReason.CATEGORY_RESTRICTED));

        checks = this::approved;
        GroupMeal first = order(List.of(700L), "request-2", ORDERED);
        GroupMeal second = order(List.of(700L), "request-3", ORDERED);
        assertThat(outcomes(first)).containsExactly(tuple(700L, GroupMealOutcome.HELD, null));
        assertThat(outcomes(second)).containsExactly(tuple(700L, GroupMealOutcome.REFUSED, GroupMealReason.ALREADY_ORDERED));
        assertThat(rows("SELECT COUNT(*) FROM hold WHERE status = 'OPEN'")).containsExactly("1");

        List<String> listed = inTransaction(em -> new MealsWiring(em).queries().ofClass(5, DAY.minusDays(30), DAY).stream()
                .map(found -> found.id() + ": " + found.pupils().size() + " pupil(s), " + found.dishes().size() + " dishes").toList());
        assertThat(listed).as("the latest first, pupils and dishes read with them").containsExactly(
                second.id() + ": 1 pupil(s), 2 dishes", first.id() + ": 1 pupil(s), 2 dishes", meal.id() + ": 2 pupil(s), 2 dishes");
    }

    @Test
    void aDayGoneTodayPastTheDeadlineADayWithoutMenuOrAReusedRequestWritesNothing() {
        Instant afterTheDeadline = DAY.atTime(10, 0).atZone(ZONE).toInstant();
        assertRefused(() -> order(CLASS, "request-1", afterTheDeadline), InvalidGroupMealException.Code.ORDERS_CLOSED);
        assertRefused(() -> order(CLASS, "request-1", DAY.plusDays(1).atTime(8, 0).atZone(ZONE).toInstant()),
                InvalidGroupMealException.Code.DAY_PAST);
        assertRefused(() -> inTransaction(em -> new MealsWiring(em, checks).groupDesk().order(new GroupMealDesk.Order(7, ZONE, 5,
                "5А", CLASS, DAY.plusDays(1), Map.of(dishes.get("суп"), 1), "request-1"), ORDERED)),
                InvalidGroupMealException.Code.NO_MENU);
        assertRefused(() -> orderDishes(Map.of(dishes.get("суп"), 0), "request-1"), InvalidGroupMealException.Code.NOTHING_CHOSEN);
        assertThat(rows("SELECT COUNT(*) FROM group_meal")).containsExactly("0");
        assertThat(rows("SELECT COUNT(*) FROM hold")).containsExactly("0");

        order(List.of(700L), "request-1", DAY.atTime(9, 59).atZone(ZONE).toInstant());
        assertRefused(() -> inTransaction(em -> new MealsWiring(em, checks).groupDesk().order(new GroupMealDesk.Order(7, ZONE, 6,
                "5Б", List.of(701L), DAY, Map.of(dishes.get("суп"), 1), "request-1"), ORDERED)),
                InvalidGroupMealException.Code.REQUEST_REUSED);
    }

    @Test
    void aBudgetThatCannotPayAtServingIsTriedAgainUntilItCan() {
        inTransaction(em -> sql(em, "UPDATE account SET balance_minor = 5000 WHERE card_id IS NULL AND purpose = 'CANTEEN'"));
        GroupMeal meal = order(List.of(702L), "request-1", ORDERED);

        assertThat(serve(meal, LUNCH)).isTrue();
        assertThat(rows("SELECT outcome || ' ' || reason FROM group_meal_pupil")).containsExactly("FREE BUDGET_SHORT");
        assertThat(rows("SELECT COUNT(*) FROM journal_entry")).containsExactly("0");

        inTransaction(em -> sql(em, "UPDATE account SET balance_minor = 10000 WHERE card_id IS NULL AND purpose = 'CANTEEN'"));
        assertThat(serve(meal, LUNCH.plusSeconds(300))).as("served already").isFalse();
        assertThat(rows("SELECT outcome || ' ' || COALESCE(reason, '-') || ' ' || (entry_id IS NOT NULL) FROM group_meal_pupil"))
                .containsExactly("FREE - TRUE");
        assertThat(rows("SELECT balance_minor FROM account WHERE card_id IS NULL AND purpose = 'CANTEEN'")).containsExactly("2000");
    }

    @Test
    void theCanteenMarksItServedBeforeLunchAndItIsPaidThen() {
        GroupMeal meal = order(List.of(700L), "request-1", ORDERED);

        GroupMeal served = inTransaction(em -> new MealsWiring(em).groupWork().markServed(meal.id(), LUNCH.minusSeconds(1800)));
        GroupMeal again = inTransaction(em -> new MealsWiring(em).groupWork().markServed(meal.id(), LUNCH.minusSeconds(1700)));

        assertThat(served.status()).isEqualTo(GroupMealStatus.SERVED);
        assertThat(again.closedAt()).isEqualTo(LUNCH.minusSeconds(1800));
        assertThat(rows("SELECT COUNT(*) FROM journal_entry")).containsExactly("1");
        assertThat(available(700)).isEqualTo(rub("220.00"));
        assertThat(serve(meal, LUNCH)).isFalse();
    }

    private GroupMeal order(List<Long> cards, String request, Instant at) {
        return inTransaction(em -> new MealsWiring(em, checks).groupDesk().order(new GroupMealDesk.Order(7, ZONE, 5, "5А", cards,
                DAY, Map.of(dishes.get("суп"), 1, dishes.get("компот"), 1), request), at));
    }

    private GroupMeal orderDishes(Map<Long, Integer> quantities, String request) {
        return inTransaction(em -> new MealsWiring(em, checks).groupDesk().order(new GroupMealDesk.Order(7, ZONE, 5, "5А", CLASS,
                DAY, quantities, request), ORDERED));
    }

    private boolean serve(GroupMeal meal, Instant at) {
        return inTransaction(em -> new MealsWiring(em).groupWork().serveIfDue(meal.id(), at));
    }

    private List<org.assertj.core.groups.Tuple> outcomes(GroupMeal meal) {
        return inTransaction(em -> em.find(GroupMeal.class, meal.id()).pupils().stream()
                .sorted(java.util.Comparator.comparingLong(GroupMealPupil::cardId)).map(pupil -> tuple(pupil.cardId(), pupil.outcome(), pupil.reason())).toList());
    }

    private Outcome approved(Spend spend) {
        return Outcome.spendWouldBeApproved(spend.amount(), spend.volume(), spend.amount());
    }

    private Amount available(long cardId) {
        return Amount.ofMinorUnits(Long.parseLong(rows("SELECT balance_minor - held_minor FROM account WHERE card_id = " + cardId
                + " AND purpose = 'CANTEEN'").get(0)), Currency.RUB);
    }

    private static void pupil(EntityManager em, long id, String name, String status, long canteenKopecks) {
        sql(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, status, "
                + "expires_on, created_at, class_id) VALUES (" + id + ", 70, '" + String.valueOf(id).repeat(22).substring(0, 64)
                + "', 'sealed', '700599******" + id + "', 'PLASTIC', 'PUPIL', '" + name + "', '" + status + "', DATE '2031-11-30', "
                + "CURRENT_TIMESTAMP, 5)");
        sql(em, "INSERT INTO account (contract_id, card_id, purpose, currency, balance_minor) VALUES (70, " + id
                + ", 'MAIN', 'RUB', 0), (70, " + id + ", 'CANTEEN', 'RUB', " + canteenKopecks + ")");
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
