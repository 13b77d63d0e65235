package org.cardhub.fleet.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.cardhub.callers.CardScope;
import org.cardhub.fleet.entity.MonthlySpending;
import org.cardhub.fleet.entity.MonthlySpending.ProductSpent;
import org.cardhub.fleet.entity.MonthlySpending.Spent;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements of the dashboard's spending on the real schema and mapping (H2 in its PostgreSQL mode): summed by the
 * contract's days and months, purchases less their reversals, nothing but spending, only the cards the caller sees.
 */
class SpendingQueryTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final long CONTRACT = 700;
    private static MigratedDatabase database;

    @BeforeAll
    static void aContractInVladivostokWithPurchasesInTwoMonths() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            update(em, "INSERT INTO contract (id, number, kind, holder_subject, status, balance_model, funding, time_zone, created_at) "
                    + "VALUES (700, 'F-07000000', 'FUEL', 'someone', 'ACTIVE', 'POOLED', 'PREPAID', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            update(em, "INSERT INTO card_group (id, contract_id, name, created_at) VALUES (71, 700, 'Доставка', CURRENT_TIMESTAMP)");
            update(em, "INSERT INTO card_group (id, contract_id, name, created_at) VALUES (72, 700, 'Сервис', CURRENT_TIMESTAMP)");
            card(em, 710, 71);
            card(em, 711, 72);
            // Vladivostok is UTC+10: 30 November 23:30 there is 13:30 UTC; 1 December 00:30 there is 30 November 14:30 UTC
            entry(em, 1, "PURCHASE", "2026-10-31 13:30:00+00", 710, "DT", 100_000, 15_000, null);
            entry(em, 2, "PURCHASE", "2026-11-30 13:30:00+00", 710, "DT", 200_000, 30_000, null);
            entry(em, 3, "PURCHASE", "2026-11-30 14:30:00+00", 711, "AI-95", 50_000, 8_000, null);
            entry(em, 4, "COMPLETION", "2026-12-02 01:00:00+00", 711, "AI-95", 60_000, 10_000, null);
            entry(em, 5, "PURCHASE", "2026-12-02 02:00:00+00", 710, "CAR_WASH", 50_000, 0, null);
            entry(em, 6, "REVERSAL", "2026-12-02 03:00:00+00", 710, "DT", 200_000, 30_000, 2L);
            entry(em, 7, "TOP_UP", "2026-12-01 00:00:00+00", null, null, 1_000_000, 0, null);
            entry(em, 8, "PURCHASE", "2026-12-06 14:30:00+00", 711, "AI-95", 10_000, 1_000, null);
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void eachDayIsTheContractsOwnAndAReversalIsTakenBackOnItsDay() {
        MonthlySpending spending = spending(CardScope.ALL);

        assertThat(spending.byDay()).containsOnlyKeys(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 2));
        assertThat(spending.on(LocalDate.of(2026, 11, 30))).as("23:30 on the last day is still November there")
                .isEqualTo(spent(200_000, 30_000));
        assertThat(spending.on(LocalDate.of(2026, 12, 1))).as("00:30 on the 1st is December there")
                .isEqualTo(spent(50_000, 8_000));
        assertThat(spending.on(LocalDate.of(2026, 12, 2))).as("a completion and a car wash less a reversal")
                .isEqualTo(spent(60_000 + 50_000 - 200_000, 10_000 - 30_000));
        assertThat(spending.total(YearMonth.of(2026, 11))).isEqualTo(spent(200_000, 30_000));
        assertThat(spending.on(LocalDate.of(2026, 12, 6))).as("what is booked after today's midnight there is tomorrow")
                .isEqualTo(Spent.NOTHING);
    }

    @Test
    void eachProductInEachMonthMostSpentFirst() {
        List<ProductSpent> products = spending(CardScope.ALL).byProduct();

        assertThat(products).containsExactly(
                new ProductSpent("AI-95", spent(110_000, 18_000), Spent.NOTHING),
                new ProductSpent("CAR_WASH", spent(50_000, 0), Spent.NOTHING),
                new ProductSpent("DT", spent(-200_000, -30_000), spent(200_000, 30_000)));
    }

    @Test
    void aMemberOfOneGroupSumsOnlyItsCards() {
        MonthlySpending service = spending(CardScope.ofGroups(Set.of(72L)));

        assertThat(service.total(YearMonth.of(2026, 11))).isEqualTo(Spent.NOTHING);
        assertThat(service.total(YearMonth.of(2026, 12))).isEqualTo(spent(110_000, 18_000));
        assertThat(service.byProduct()).extracting(ProductSpent::product).containsExactly("AI-95");
        assertThat(spending(CardScope.ofGroups(Set.of())).isEmpty()).as("a member of no group sees nothing").isTrue();
    }

    @Test
    void aFixedOffsetIsWrittenAsAnIntervalAndARegionAsItsName() {
        assertThat(SpendingQuery.sqlZone(ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("INTERVAL ''-03:30'' HOUR TO MINUTE");
        assertThat(SpendingQuery.sqlZone(ZoneId.of("UTC"))).isEqualTo("INTERVAL ''+00:00'' HOUR TO MINUTE");
        assertThat(SpendingQuery.sqlZone(VLADIVOSTOK)).isEqualTo("''Asia/Vladivostok''");
    }

    private static MonthlySpending spending(CardScope scope) {
        SpendingQuery query = new SpendingQuery(CONTRACT, VLADIVOSTOK, scope, TODAY);
        return database.inTransaction(em -> query.spendingOf(rows(em, query, query.byDay()), rows(em, query, query.byProduct())));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, SpendingQuery where, String jpql) {
        Query query = em.createQuery(jpql);
        where.bind(query);
        return query.getResultList();
    }

    private static Spent spent(long kopecks, long millilitres) {
        return new Spent(Amount.ofMinorUnits(kopecks, Currency.RUB), Amount.ofMinorUnits(millilitres, Currency.LITRE));
    }

    private static void card(EntityManager em, long id, long group) {
        update(em, "INSERT INTO card (id, contract_id, group_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, "
                + "status, expires_on, created_at) VALUES (" + id + ", 700, " + group + ", '" + "s".repeat(60) + id + "', 'sealed', "
                + "'7005 **** **** " + id + "', 'PLASTIC', 'VEHICLE', 'Holder " + id + "', 'ACTIVE', DATE '2029-12-31', CURRENT_TIMESTAMP)");
    }

    private static void entry(EntityManager em, long id, String kind, String at, Integer card, String product, long amount,
                              long volume, Long reverses) {
        update(em, "INSERT INTO journal_entry (id, kind, booked_at, card_id, contract_id, product_code, amount_minor, volume_milli, "
                + "reverses_entry_id, actor) VALUES (" + id + ", '" + kind + "', TIMESTAMP WITH TIME ZONE '" + at + "', " + card
                + ", 700, " + (product == null ? "NULL" : "'" + product + "'") + ", " + amount + ", " + volume + ", " + reverses
                + ", 'test')");
    }

    private static void update(EntityManager em, String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }
}
