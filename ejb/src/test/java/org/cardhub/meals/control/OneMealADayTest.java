package org.cardhub.meals.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.meals.entity.DishCategory;
import org.cardhub.meals.entity.GroupMeal;
import org.cardhub.meals.entity.GroupMealPupil;
import org.cardhub.meals.entity.InvalidPreOrderException;
import org.cardhub.meals.entity.MealBenefit;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.PortionUnit;
import org.cardhub.meals.entity.PreOrder;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Spend;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * One meal a day on the schema: a pupil a teacher's group meal feeds (held or free) is refused a parent's pre-order for
 * that day, nothing written or held; a pupil the group meal refused, or of a cancelled one, may be pre-ordered; and the
 * other way round, a pre-ordered pupil is refused by the group meal.
 */
class OneMealADayTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Vladivostok");
    private static final LocalDate DAY = LocalDate.of(2030, 12, 10);
    private static final Instant ORDERED = DAY.minusDays(1).atTime(15, 0).atZone(ZONE).toInstant();

    private EntityManagerFactory factory;
    private long soup;

    @BeforeEach
    void aClassOfThreeAMenuAndABudget() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "OFF"));
        soup = inTransaction(em -> {
            sql(em, "INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (7, 'LEGAL_ENTITY', 'Школа', "
                    + "'2520123450', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, created_at) "
                    + "VALUES (70, 'S-07000000', 'SCHOOL', 7, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO school_class (id, organization_id, grade, letter, name, teacher_subject) "
                    + "VALUES (5, 7, 5, 'А', '5А', 'teacher')");
            pupil(em, 700, "Петров Иван");
            pupil(em, 701, "Иванова Анна");
            pupil(em, 702, "Сидоров Пётр");
            sql(em, "INSERT INTO account (contract_id, card_id, purpose, currency, balance_minor) VALUES (70, NULL, 'CANTEEN', 'RUB', 10000)");
            em.persist(new MealBenefit(702, em.find(BenefitKind.class, "LARGE_FAMILY"), DAY.minusDays(30), null, "office", ORDERED));
            Menu menu = new Menu(7, DAY, "supplier", ORDERED);
            menu.add("Суп куриный с лапшой", DishCategory.HOT_MEAL, rub("55.00"), 250, PortionUnit.ML, Set.of(), true);
            menu.publish("supplier", ORDERED);
            em.persist(menu);
            em.flush();
            return menu.dishes().get(0).id();
        });
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void aPupilTheGroupMealFeedsIsRefusedAPreOrderAndOneItRefusedOrOfACancelledMealIsNot() {
        Function<Spend, Outcome> annasLimit = spend -> spend.card().value().equals("701")
                ? Outcome.declined(DeclineCode.LIMIT_EXCEEDED, "daily limit")
                : Outcome.spendWouldBeApproved(spend.amount(), spend.volume(), spend.amount());
        GroupMeal meal = inTransaction(em -> new MealsWiring(em, annasLimit).groupDesk().order(new GroupMealDesk.Order(7, ZONE, 5,
                "5А", List.of(700L, 701L, 702L), DAY, Map.of(soup, 1), "group-request-1"), ORDERED));
        assertThat(outcomes(meal)).containsExactly("700 HELD", "701 REFUSED", "702 FREE");

        assertRefused(() -> preOrder(700, "parent-request-1"), InvalidPreOrderException.Code.IN_GROUP_MEAL);
        assertRefused(() -> preOrder(702, "parent-request-2"), InvalidPreOrderException.Code.IN_GROUP_MEAL);
        assertThat(rows("SELECT COUNT(*) FROM meal_pre_order")).as("nothing written").containsExactly("0");
        assertThat(rows("SELECT card_id FROM hold WHERE status = 'OPEN'")).as("nothing more held").containsExactly("700");

        assertThat(preOrder(701, "parent-request-3").cardId()).as("the group meal did not feed her").isEqualTo(701);

        inTransaction(em -> new MealsWiring(em).groupDesk().cancel(meal.id(), ORDERED.plusSeconds(60)));
        assertThat(preOrder(700, "parent-request-4").cardId()).as("the group meal was cancelled").isEqualTo(700);
        assertThat(rows("SELECT card_id FROM meal_pre_order ORDER BY card_id")).containsExactly("700", "701");
    }

    @Test
    void aPreOrderedPupilIsRefusedByTheGroupMeal() {
        preOrder(700, "parent-request-1");

        GroupMeal meal = inTransaction(em -> new MealsWiring(em).groupDesk().order(new GroupMealDesk.Order(7, ZONE, 5, "5А",
                List.of(700L, 701L), DAY, Map.of(soup, 1), "group-request-1"), ORDERED));

        assertThat(outcomes(meal)).containsExactly("700 REFUSED", "701 HELD");
        assertThat(rows("SELECT reason FROM group_meal_pupil WHERE card_id = 700")).containsExactly("PRE_ORDERED");
        assertThat(rows("SELECT COUNT(*) FROM hold WHERE status = 'OPEN' AND card_id = 700")).as("held once").containsExactly("1");
    }

    private PreOrder preOrder(long cardId, String request) {
        return inTransaction(em -> new MealsWiring(em).desk().place(cardId, DAY, Map.of(soup, 1), request, ORDERED));
    }

    private List<String> outcomes(GroupMeal meal) {
        return inTransaction(em -> em.find(GroupMeal.class, meal.id()).pupils().stream()
                .sorted(Comparator.comparingLong(GroupMealPupil::cardId)).map(pupil -> pupil.cardId() + " " + pupil.outcome())
                .toList());
    }

    private static void pupil(EntityManager em, long id, String name) {
        sql(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, status, "
                + "expires_on, created_at, class_id) VALUES (" + id + ", 70, '" + String.valueOf(id).repeat(22).substring(0, 64)
                + "', 'sealed', '700599******" + id + "', 'PLASTIC', 'PUPIL', '" + name + "', 'ACTIVE', DATE '2031-11-30', "
                + "CURRENT_TIMESTAMP, 5)");
        sql(em, "INSERT INTO account (contract_id, card_id, purpose, currency, balance_minor) VALUES (70, " + id
                + ", 'MAIN', 'RUB', 0), (70, " + id + ", 'CANTEEN', 'RUB', 30000)");
        sql(em, "INSERT INTO card_guardian (card_id, subject) VALUES (" + id + ", 'parent')");
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
