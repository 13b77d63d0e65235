package org.cardhub.fleet.control;

import org.cardhub.callers.CardScope;
import org.cardhub.fleet.entity.Suspicion;
import org.cardhub.fleet.entity.SuspicionRule;
import org.cardhub.fleet.entity.TransactionDetail.DistantFillUp;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.fleet.control.JournalRows.card;
import static org.cardhub.fleet.control.JournalRows.describe;
import static org.cardhub.fleet.control.JournalRows.entry;
import static org.cardhub.fleet.control.JournalRows.group;
import static org.cardhub.fleet.control.JournalRows.terminal;
import static org.cardhub.fleet.control.JournalRows.update;

/**
 * A fleet's fill-ups on the real schema and mapping (H2 in its PostgreSQL mode): which the database flags as
 * suspicious — over the tank, or another fill-up of the card within the hour at a station more than 50 km away — and
 * what a manager limited to one card group, or narrowing by group or vehicle, sees of them.
 */
class SuspicionQueryTest {

    private static final long CONTRACT = 902;
    private static final long DELIVERY = 930;
    private static final long SERVICE = 931;
    private static final SuspicionQuery SUSPICIONS = new SuspicionQuery(SuspicionRule.STANDARD);
    private static MigratedDatabase database;

    @BeforeAll
    static void aFleetWithItsFillUps() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            update(em, "INSERT INTO contract (id, number, kind, holder_subject, status, balance_model, funding, time_zone, created_at) "
                    + "VALUES (902, 'F-09000002', 'FUEL', 'someone', 'ACTIVE', 'POOLED', 'PREPAID', 'Europe/Moscow', CURRENT_TIMESTAMP)");
            group(em, DELIVERY, CONTRACT, "Доставка");
            group(em, SERVICE, CONTRACT, "Сервис");
            card(em, 920, CONTRACT, "0010", "ГАЗель NEXT, А123ВС77");
            card(em, 921, CONTRACT, "0036", "Ford Transit, Е789КХ77");
            card(em, 922, CONTRACT, "0051", "Сидоров Пётр Ильич");
            describe(em, 920, "ГАЗель NEXT", "А123ВС77", "Морозов Денис", 64_000L, DELIVERY);
            describe(em, 921, "Ford Transit", "Е789КХ77", "Волков Игорь", 80_000L, SERVICE);
            describe(em, 922, null, null, "Сидоров Пётр Ильич", null, null);
            terminal(em, "T-MSK-1", "AZS-MSK", "Москва, Тверская, 1", 55.7558, 37.6173);
            terminal(em, "T-MSK-2", "AZS-MSK", "Москва, Тверская, 1", 55.7558, 37.6173);
            terminal(em, "T-TVER", null, "Тверь, Советская, 5", 56.8587, 35.9176);
            terminal(em, "T-ZEL", "AZS-ZEL", "Зеленоград, корп. 1801", 55.9825, 37.1814);
            terminal(em, "T-NOWHERE", "AZS-NOWHERE", "где-то", null, null);
            entry(em, 20, "TOP_UP", "2026-12-04 09:00:00+00", null, CONTRACT, null, null, 1_000_000, 0, null);
            // 70 litres into a 64-litre tank, then Tver 40 minutes later: about 160 km from Moscow
            entry(em, 21, "PURCHASE", "2026-12-05 10:00:00+00", 920L, CONTRACT, "AI-95", "AZS-MSK", 400_000, 70_000, null);
            entry(em, 22, "PURCHASE", "2026-12-05 10:40:00+00", 920L, CONTRACT, "AI-95", "T-TVER", 60_000, 10_000, null);
            // Zelenograd is some 35 km from the centre of Moscow: near
            entry(em, 23, "COMPLETION", "2026-12-06 08:00:00+00", 921L, CONTRACT, "DT", "AZS-MSK", 120_000, 20_000, null);
            entry(em, 24, "PURCHASE", "2026-12-06 08:30:00+00", 921L, CONTRACT, "DT", "AZS-ZEL", 120_000, 20_000, null);
            // Tver and Moscow, but an hour and a half apart
            entry(em, 25, "PURCHASE", "2026-12-07 08:00:00+00", 921L, CONTRACT, "DT", "T-TVER", 30_000, 5_000, null);
            entry(em, 26, "PURCHASE", "2026-12-07 09:30:00+00", 921L, CONTRACT, "DT", "AZS-MSK", 30_000, 5_000, null);
            // no tank known; a station the registry does not place
            entry(em, 27, "PURCHASE", "2026-12-08 08:00:00+00", 922L, CONTRACT, "DT", "AZS-MSK", 3_000_000, 500_000, null);
            entry(em, 28, "PURCHASE", "2026-12-08 08:10:00+00", 922L, CONTRACT, "DT", "AZS-NOWHERE", 30_000, 5_000, null);
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aFillUpOverTheTankAndTwoFillUpsFarApartWithinTheHourAreMarkedAndNothingElse() {
        List<TransactionRow> rows = page(TransactionFilter.NONE, CardScope.ALL);

        assertThat(rows).extracting(TransactionRow::id).containsExactly(28L, 27L, 26L, 25L, 24L, 23L, 22L, 21L, 20L);
        assertThat(rows).filteredOn(row -> row.id() == 21).singleElement().extracting(TransactionRow::suspicions)
                .isEqualTo(Set.of(Suspicion.OVER_TANK, Suspicion.DISTANT_STATIONS));
        assertThat(rows).filteredOn(row -> row.id() == 22).singleElement().extracting(TransactionRow::suspicions)
                .isEqualTo(Set.of(Suspicion.DISTANT_STATIONS));
        assertThat(rows).filteredOn(TransactionRow::isSuspicious).extracting(TransactionRow::id).containsExactly(22L, 21L);
    }

    @Test
    void theSuspiciousFilterListsTheFlaggedFillUpsAndTotalsThem() {
        TransactionFilter suspicious = TransactionFilter.NONE.onlySuspicious();

        assertThat(page(suspicious, CardScope.ALL)).extracting(TransactionRow::id).containsExactly(22L, 21L);
        assertThat(JournalRows.totals(database, query(suspicious, CardScope.ALL)).count()).isEqualTo(2);
        assertThat(page(suspicious, CardScope.ofGroups(Set.of(SERVICE)))).isEmpty();
    }

    @Test
    void aSuspiciousFillUpNamesTheDistantOneWithHowFarItWas() {
        List<DistantFillUp> distant = database.inTransaction(em -> new DistantFillUps(em, SUSPICIONS).of(21));

        assertThat(distant).singleElement().satisfies(other -> {
            assertThat(other.entryId()).isEqualTo(22);
            assertThat(other.station()).isEqualTo("T-TVER");
            assertThat(other.location()).isEqualTo("Тверь, Советская, 5");
            assertThat(other.kilometres()).isBetween(150L, 170L);
        });
        List<DistantFillUp> near = database.inTransaction(em -> new DistantFillUps(em, SUSPICIONS).of(23));
        assertThat(near).as("Zelenograd is near").isEmpty();
    }

    @Test
    void aFartherRuleFlagsFewer() {
        SuspicionQuery lenient = new SuspicionQuery(new SuspicionRule(200, java.time.Duration.ofHours(1)));
        TransactionQuery where = new TransactionQuery(CONTRACT, TransactionFilter.NONE.onlySuspicious(), null, CardScope.ALL, lenient);

        assertThat(JournalRows.rows(database, where, lenient, 0, 10)).extracting(TransactionRow::id).containsExactly(21L);
    }

    @Test
    void aManagerOfOneGroupSeesOnlyItsCardsAndNotTheContractsAccount() {
        List<TransactionRow> delivery = page(TransactionFilter.NONE, CardScope.ofGroups(Set.of(DELIVERY)));

        assertThat(delivery).extracting(TransactionRow::id).containsExactly(22L, 21L);
        assertThat(delivery).allSatisfy(row -> assertThat(row.group()).isEqualTo("Доставка"));
        assertThat(JournalRows.totals(database, query(TransactionFilter.NONE, CardScope.ofGroups(Set.of(DELIVERY)))).count())
                .isEqualTo(2);
        assertThat(page(TransactionFilter.NONE, CardScope.ofGroups(Set.of()))).isEmpty();
    }

    @Test
    void byCardGroupAndByVehiclePlateOrDriver() {
        assertThat(page(byGroupOrVehicle(SERVICE, null), CardScope.ALL)).extracting(TransactionRow::id)
                .containsExactly(26L, 25L, 24L, 23L);
        assertThat(page(byGroupOrVehicle(null, "е789"), CardScope.ALL)).extracting(TransactionRow::id)
                .containsExactly(26L, 25L, 24L, 23L);
        assertThat(page(byGroupOrVehicle(null, "газель"), CardScope.ALL)).extracting(TransactionRow::plate)
                .containsOnly("А123ВС77");
        assertThat(page(byGroupOrVehicle(null, "сидоров"), CardScope.ALL)).extracting(TransactionRow::id)
                .containsExactly(28L, 27L);
        assertThat(page(byGroupOrVehicle(DELIVERY, "ford"), CardScope.ALL)).isEmpty();
        assertThat(page(byGroupOrVehicle(null, "ford"), CardScope.ofGroups(Set.of(DELIVERY)))).isEmpty();
    }

    private static TransactionFilter byGroupOrVehicle(Long group, String vehicle) {
        return new TransactionFilter(null, null, null, null, null, null, null, group, vehicle, null, false);
    }

    private static TransactionQuery query(TransactionFilter filter, CardScope scope) {
        return new TransactionQuery(CONTRACT, filter, ZoneId.of("Europe/Moscow"), scope, SUSPICIONS);
    }

    private static List<TransactionRow> page(TransactionFilter filter, CardScope scope) {
        return JournalRows.rows(database, query(filter, scope), SUSPICIONS, 0, 20);
    }
}
