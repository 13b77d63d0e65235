package org.cardhub.bonus.control;

import org.cardhub.testing.NoTransaction;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.bonus.entity.BonusRefusal;
import org.cardhub.bonus.entity.BonusRules;
import org.cardhub.bonus.entity.PointsBook;
import org.cardhub.bonus.entity.PointsLot;
import org.cardhub.bonus.entity.PointsMovement;
import org.cardhub.bonus.entity.PointsMovementRecord;
import org.cardhub.bonus.entity.PointsStatement;
import org.cardhub.bonus.entity.PurchaseLine;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A holder's points book kept in the migrated schema (V40, H2 in its PostgreSQL mode) and posted on the ledger, each
 * operation its own transaction as in service: opened, changed by the rules, kept, posted.
 */
class PointsOnTheSchemaTest {

    private static final String HOLDER = "W-00000071";
    private static final long CONTRACT = 71;
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private EntityManagerFactory factory;
    private EntityManager em;
    private PointsBooks books;
    private PointsPostings postings;

    /** Each step: a day and what happens to the book on it. */
    private record Step(LocalDate on, Consumer<PointsBook> operation) {
    }

    private static final List<Step> A_SEASON = List.of(
            new Step(jan(10), book -> book.earn("P1", jan(10), List.of(PurchaseLine.of("Обувь", "1000.00")), true)),
            new Step(jan(12), book -> book.earn("P2", jan(12), List.of(PurchaseLine.of("Обувь", "500.00"),
                    PurchaseLine.of("Гигиена", "90.00")), false)),
            new Step(jan(14), book -> book.spend("P3", jan(14), rub("200.00"), points("60.00"))),
            new Step(jan(20), book -> book.returnPurchase("P3", jan(20))),
            new Step(jan(21), book -> book.spend("P4", jan(21), rub("1000.00"), points("100.00"))),
            new Step(jan(25), book -> book.returnPurchase("P2", jan(25))),
            new Step(jan(26), book -> book.earn("P5", jan(26), List.of(PurchaseLine.of("Сумки", "200.00")), true)),
            new Step(LocalDate.of(2027, 4, 27), book -> book.passTime(LocalDate.of(2027, 4, 27))));

    @BeforeEach
    void migratedSchemaWithAWallet() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "OFF"));
        em = factory.createEntityManager();
        books = with(new PointsBooks(), "em", em);
        Ledger ledger = with(with(with(NoTransaction.wire(new Ledger()), "em", em), "cardPurses", proxy(Event.class)), "bookings", proxy(Event.class));
        postings = with(with(new PointsPostings(), "em", em), "ledger", ledger);
        inTransaction(() -> em.createNativeQuery("INSERT INTO contract (id, number, kind, holder_username, status, balance_model, "
                + "funding, time_zone, created_at) VALUES (" + CONTRACT + ", '" + HOLDER + "', 'WALLET', 'wallet', 'ACTIVE', "
                + "'POOLED', 'PREPAID', 'Europe/Moscow', CURRENT_TIMESTAMP)").executeUpdate());
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void aBookKeptAndRestoredStepByStepIsTheBookKeptInMemory() {
        PointsBook inMemory = new PointsBook(BonusRules.KARI);
        for (Step step : A_SEASON) {
            step.operation().accept(inMemory);
            inService(step);
        }

        PointsBook restored = inTransaction(() -> books.open(HOLDER, BonusRules.KARI, noon(jan(1))).book());
        assertThat(restored.statement()).isEqualTo(inMemory.statement());
        assertThat(restored.movements()).isEqualTo(inMemory.movements());
        assertThat(restored.lots()).usingRecursiveFieldByFieldElementComparator().isEqualTo(inMemory.lots());
        assertThat(restored.purchases()).containsExactlyInAnyOrderElementsOf(inMemory.purchases());
        assertThat(restored.today()).isEqualTo(inMemory.today());
        PointsStatement statement = inMemory.statement();
        assertThat(statement.earned()).isEqualTo(points("135.50"));
        assertThat(statement.takenBack()).isEqualTo(points("15.50"));
        assertThat(statement.expired()).isEqualTo(points("20.00"));
        assertThat(statement.spent()).isEqualTo(points("100.00"));
    }

    @Test
    void thePostingsBalanceAndTheHolderAccountHoldsAvailableAndPendingPoints() {
        A_SEASON.subList(0, 7).forEach(this::inService);
        PointsStatement before = inTransaction(() -> books.open(HOLDER, BonusRules.KARI, noon(jan(1))).book().statement());
        assertThat(before.pending()).as("P5 is pending on the 26th").isEqualTo(points("20.00"));
        assertThat(holderBalance()).isEqualTo(before.available().plus(before.pending()).minorUnits());

        inService(A_SEASON.get(7));

        PointsStatement after = inTransaction(() -> books.open(HOLDER, BonusRules.KARI, noon(jan(1))).book().statement());
        assertThat(holderBalance()).isEqualTo(after.available().plus(after.pending()).minorUnits()).isZero();
        assertThat(rows("SELECT currency, SUM(amount_minor) FROM posting GROUP BY currency"))
                .allSatisfy(sum -> assertThat(((Number) sum[1]).longValue()).as("sum in " + sum[0]).isZero());
        assertThat(systemBalance("BONUS_POINTS_ISSUED")).isEqualTo(after.takenBack().minus(after.earned()).minorUnits());
        assertThat(systemBalance("BONUS_POINTS_REDEEMED")).isEqualTo(after.spent().minorUnits());
        assertThat(systemBalance("BONUS_POINTS_EXPIRED")).isEqualTo(after.expired().minorUnits());
        assertThat(rows("SELECT kind, entry_id FROM points_movement ORDER BY seq_no")).allSatisfy(movement ->
                assertThat(movement[1] == null).as(movement[0] + " posts no entry only when it activates points")
                        .isEqualTo("ACTIVATED".equals(movement[0])));
        assertThat(rows("SELECT kind FROM journal_entry WHERE kind <> 'BONUS_POINTS'")).isEmpty();
    }

    @Test
    void aKeptBooksTimeDoesNotGoBack() {
        A_SEASON.subList(0, 2).forEach(this::inService);

        assertThatThrownBy(() -> inService(new Step(jan(11), book -> book.passTime(jan(11)))))
                .isInstanceOfSatisfying(BonusRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(BonusRefusal.Code.DATE_IN_PAST));
        assertThat(rows("SELECT COUNT(*) FROM points_movement").get(0)[0]).isEqualTo(2L);
    }

    private void inService(Step step) {
        inTransaction(() -> {
            PointsBooks.Opened opened = books.open(HOLDER, BonusRules.KARI, noon(step.on()));
            step.operation().accept(opened.book());
            List<PointsMovementRecord> fresh = books.keep(opened);
            return postings.post(opened, CONTRACT, fresh, noon(step.on()), "test");
        });
    }

    private long holderBalance() {
        return ((Number) rows("SELECT balance_minor FROM account WHERE contract_id = " + CONTRACT
                + " AND currency = 'POINTS'").get(0)[0]).longValue();
    }

    private long systemBalance(String code) {
        return ((Number) rows("SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p JOIN account a ON a.id = p.account_id "
                + "WHERE a.system_code = '" + code + "'").get(0)[0]).longValue();
    }

    private static LocalDate jan(int day) {
        return LocalDate.of(2027, 1, day);
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(MOSCOW).toInstant();
    }

    private static Amount points(String points) {
        return Amount.parse(points, Currency.POINTS);
    }

    private static Amount rub(String roubles) {
        return Amount.parse(roubles, Currency.RUB);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        List<?> result = em.createNativeQuery(sql).getResultList();
        return result.stream().map(row -> row instanceof Object[] columns ? columns : new Object[] {row}).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, arguments) ->
                switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == arguments[0];
                    case "toString" -> type.getSimpleName();
                    default -> null;
                });
    }

    private static <T> T with(T bean, String field, Object value) {
        try {
            Field declared = bean.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(bean, value);
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
