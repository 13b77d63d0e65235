package org.cardhub.bonus.control;

import org.cardhub.testing.NoTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.bonus.entity.BonusCard;
import org.cardhub.bonus.entity.BonusCardBarcode;
import org.cardhub.bonus.entity.BonusRefusal;
import org.cardhub.bonus.entity.BonusRules;
import org.cardhub.bonus.entity.CheckOutcome;
import org.cardhub.bonus.entity.PurchaseLine;
import org.cardhub.bonus.entity.ReturnOutcome;
import org.cardhub.bonus.entity.TillCheck;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The programme at work on the migrated schema (V40, V42; H2 in its PostgreSQL mode), each call its own transaction as
 * in service: the rules read from the programme's row, a till's check recorded once and returned, the runs' selection of
 * wallet purchases to earn cashback on and of reversed ones to take it back.
 */
class BonusProgrammeOnTheSchemaTest {

    private static final long WALLET = 81;
    private static final long FUEL = 82;
    private static final String CARD = "2990000000019";
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private EntityManagerFactory factory;
    private EntityManager em;
    private BonusProgrammes programmes;
    private TillChecks tills;
    private ProgrammeWork work;
    private DueWork due;

    @BeforeEach
    void migratedSchemaWithAWalletAndARegisteredCard() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType",
                "RESOURCE_LOCAL", "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver",
                "org.h2.Driver", "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "", "eclipselink.logging.level", "OFF"));
        em = factory.createEntityManager();
        programmes = with(new BonusProgrammes(), "em", em);
        WalletHolders wallets = with(new WalletHolders(), "em", em);
        Ledger ledger = with(with(with(NoTransaction.wire(new Ledger()), "em", em), "cardPurses", proxy(Event.class)), "bookings",
                proxy(Event.class));
        HolderBooks books = with(with(with(with(new HolderBooks(), "em", em), "books", with(new PointsBooks(), "em", em)),
                "postings", with(with(new PointsPostings(), "em", em), "ledger", ledger)),
                "rows", with(new PointsBookRows(), "em", em));
        tills = with(with(with(with(new TillChecks(), "em", em), "programmes", programmes), "books", books),
                "wallets", wallets);
        work = with(with(with(with(new ProgrammeWork(), "em", em), "programmes", programmes), "books", books),
                "wallets", wallets);
        due = with(new DueWork(), "em", em);
        sql("INSERT INTO contract (id, number, kind, holder_subject, holder_phone, status, balance_model, funding, "
                + "time_zone, created_at) VALUES (" + WALLET + ", 'W-00000081', 'WALLET', 'subject-81', '+79000000081', "
                + "'ACTIVE', 'POOLED', 'PREPAID', 'Europe/Moscow', CURRENT_TIMESTAMP)");
        sql("INSERT INTO contract (id, number, kind, holder_subject, status, balance_model, funding, time_zone, "
                + "created_at) VALUES (" + FUEL + ", 'F-00000082', 'FUEL', 'subject-82', 'ACTIVE', 'POOLED', "
                + "'PREPAID', 'Europe/Moscow', CURRENT_TIMESTAMP)");
        inTransaction(() -> {
            BonusCard card = new BonusCard(BonusCardBarcode.parse(CARD), NOW);
            card.register(WALLET, LocalDate.of(1990, 1, 1), LocalDate.of(2026, 12, 7), NOW);
            em.persist(card);
            return card;
        });
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void theRulesAreTheActiveProgrammesRowKarisNumbers() {
        assertThat(inTransaction(() -> programmes.active().rules())).isEqualTo(BonusRules.KARI);
        assertThat(inTransaction(() -> programmes.active().cashbackFrom())).isEqualTo(LocalDate.of(2026, 12, 1));

        sql("UPDATE bonus_programme SET in_network_rate_bp = 500");
        sql("DELETE FROM bonus_excluded_category WHERE category = 'Питание'");
        BonusRules changed = inTransaction(() -> programmes.active().rules());
        assertThat(changed.inNetworkRateBasisPoints()).isEqualTo(500);
        assertThat(changed.isExcluded("питание")).isFalse();
        assertThat(changed.isExcluded("Гигиена")).isTrue();

        sql("UPDATE bonus_programme SET active = FALSE");
        assertThatThrownBy(() -> inTransaction(() -> programmes.active())).isInstanceOfSatisfying(BonusRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(BonusRefusal.Code.PROGRAMME_MISSING));
    }

    @Test
    void aCheckEarnsOnceIsSpendableThreeDaysLaterAndItsReturnTakesItBack() {
        TillCheck check = check("P-1", "0", PurchaseLine.of("Обувь", "1000.00"), PurchaseLine.of("Гигиена", "90.00"));
        CheckOutcome first = inTransaction(() -> tills.record(check, "bonus-pos", NOW));
        CheckOutcome again = inTransaction(() -> tills.record(check, "bonus-pos", NOW));

        assertThat(first.earned()).isEqualTo(points("100.00"));
        assertThat(first.spendableFrom()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(first.expiresOn()).isEqualTo(LocalDate.of(2027, 3, 7));
        assertThat(again).isEqualTo(new CheckOutcome("P-1", CARD, first.bookedOn(), first.earned(), first.spent(),
                first.spendableFrom(), first.expiresOn(), true));
        assertThat(count("points_movement")).isEqualTo(1);
        assertThatThrownBy(() -> inTransaction(() -> tills.record(check("P-1", "0", PurchaseLine.of("Обувь", "1.00")),
                "bonus-pos", NOW))).isInstanceOfSatisfying(BonusRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(BonusRefusal.Code.PURCHASE_ID_REUSED));

        Instant threeDaysLater = NOW.plusSeconds(3 * 86_400);
        inTransaction(() -> {
            work.passTime("W-00000081", threeDaysLater);
            return null;
        });
        CheckOutcome paid = inTransaction(() -> tills.record(check("P-2", "60.00", PurchaseLine.of("Обувь", "200.00")),
                "bonus-pos", threeDaysLater));
        assertThat(paid.spent()).as("30 %% of 200").isEqualTo(points("60.00"));
        assertThat(paid.earned()).isEqualTo(points("20.00"));

        ReturnOutcome returned = inTransaction(() -> tills.returnCheck("P-1", "bonus-pos", threeDaysLater));
        assertThat(returned.givenBack().isZero()).isTrue();
        assertThat(returned.takenBack()).as("P-1's 40 left and P-2's 20 pending").isEqualTo(points("60.00"));
        assertThat(returned.shortfall()).as("the rest of the 60 spent of P-1's 100").isEqualTo(points("40.00"));
        assertThat(inTransaction(() -> tills.returnCheck("P-1", "bonus-pos", threeDaysLater)).replayed()).isTrue();
        assertThat(rows("SELECT currency, SUM(amount_minor) FROM posting GROUP BY currency"))
                .allSatisfy(sum -> assertThat(((Number) sum[1]).longValue()).as("sum in " + sum[0]).isZero());
    }

    @Test
    void aCheckOfACardNoWalletRegisteredOrDatedInTheFutureIsRefusedAndNothingIsWritten() {
        sql("INSERT INTO bonus_card (barcode, issued_at) VALUES ('2990000000026', CURRENT_TIMESTAMP)");
        TillCheck unregistered = new TillCheck("P-9", BonusCardBarcode.parse("2990000000026"), NOW,
                List.of(PurchaseLine.of("Обувь", "10.00")), null);
        TillCheck future = new TillCheck("P-8", BonusCardBarcode.parse(CARD), NOW.plusSeconds(3600),
                List.of(PurchaseLine.of("Обувь", "10.00")), null);

        assertThatThrownBy(() -> inTransaction(() -> tills.record(unregistered, "bonus-pos", NOW)))
                .isInstanceOfSatisfying(BonusRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(BonusRefusal.Code.CARD_UNKNOWN));
        assertThatThrownBy(() -> inTransaction(() -> tills.record(future, "bonus-pos", NOW)))
                .isInstanceOfSatisfying(BonusRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(BonusRefusal.Code.CHECK_IN_FUTURE));
        assertThat(count("bonus_check")).isZero();
        assertThat(count("points_movement")).isZero();
    }

    @Test
    void theSweepEarnsOnWalletPurchasesNotYetEarnedNorReversedAndTakesBackReversedOnes() {
        long earns = entry("PURCHASE", WALLET, 100_000, "2026-12-05 10:00:00", null);
        long completion = entry("COMPLETION", WALLET, 50_000, "2026-12-05 11:00:00", null);
        long reversedBefore = entry("PURCHASE", WALLET, 70_000, "2026-12-05 12:00:00", null);
        entry("REVERSAL", WALLET, 70_000, "2026-12-05 12:30:00", reversedBefore);
        entry("PURCHASE", FUEL, 90_000, "2026-12-05 13:00:00", null);
        entry("PURCHASE", WALLET, 40_000, "2026-11-30 13:00:00", null);
        entry("TOP_UP", WALLET, 500_000, "2026-12-05 14:00:00", null);
        Instant from = Instant.parse("2026-12-01T00:00:00Z");

        assertThat(inTransaction(() -> due.purchasesToEarn(from, 0, 10))).containsExactly(earns, completion);
        assertThat(inTransaction(() -> due.purchasesToEarn(from, earns, 10))).containsExactly(completion);
        for (long id : List.of(earns, completion, earns)) {
            inTransaction(() -> {
                work.earnCashback(id, NOW);
                return null;
            });
        }
        assertThat(inTransaction(() -> due.purchasesToEarn(from, 0, 10))).isEmpty();
        assertThat(rows("SELECT earned_minor FROM bonus_cashback ORDER BY entry_id"))
                .extracting(row -> ((Number) row[0]).longValue()).containsExactly(3100L, 1550L);

        entry("REVERSAL", WALLET, 100_000, "2026-12-06 10:00:00", earns);
        assertThat(inTransaction(() -> due.purchasesToTakeBack(0, 10))).containsExactly(earns);
        inTransaction(() -> {
            work.takeBackCashback(earns, NOW);
            work.takeBackCashback(earns, NOW);
            return null;
        });
        assertThat(inTransaction(() -> due.purchasesToTakeBack(0, 10))).isEmpty();
        assertThat(rows("SELECT kind, points_minor FROM points_movement ORDER BY seq_no"))
                .extracting(row -> row[0] + " " + row[1])
                .containsExactly("EARNED 3100", "EARNED 1550", "TAKEN_BACK 3100");
        assertThat(inTransaction(() -> due.booksDue(LocalDate.of(2026, 12, 8), "", 10))).containsExactly("W-00000081");
        assertThat(inTransaction(() -> due.booksDue(LocalDate.of(2026, 12, 7), "", 10))).isEmpty();
    }

    private long entry(String kind, long contract, long amountMinor, String bookedAt, Long reverses) {
        sql("INSERT INTO journal_entry (kind, booked_at, contract_id, amount_minor, reverses_entry_id, actor) VALUES ('"
                + kind + "', TIMESTAMP WITH TIME ZONE '" + bookedAt + "+00', " + contract + ", " + amountMinor + ", "
                + reverses + ", 'test')");
        return ((Number) rows("SELECT MAX(id) FROM journal_entry").get(0)[0]).longValue();
    }

    private static TillCheck check(String id, String points, PurchaseLine... lines) {
        return new TillCheck(id, BonusCardBarcode.parse(CARD), NOW.minusSeconds(60), List.of(lines),
                Amount.parse(points, Currency.POINTS));
    }

    private static Amount points(String value) {
        return Amount.parse(value, Currency.POINTS);
    }

    private long count(String table) {
        return ((Number) rows("SELECT COUNT(*) FROM " + table).get(0)[0]).longValue();
    }

    private void sql(String statement) {
        inTransaction(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private <T> T inTransaction(Supplier<T> work) {
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
