package org.cardhub.fleet.control;

import org.cardhub.fleet.entity.MonthBalances;
import org.cardhub.fleet.entity.MonthMovement;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.testing.JanuaryLedger;
import org.cardhub.testing.LedgerRows;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closed month's movements as the closing documents read them, on the real schema (H2 in its PostgreSQL mode):
 * the postings on the contract's own rouble accounts of the entries booked in the month in its time zone, in booking
 * order, one movement per entry — a transfer from another contract included (without that contract's card), a move
 * between the contract's account and its card left out (it moved nothing) — and the balances when the month began
 * and ended.
 */
class MonthMovementQueryTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final Instant FROM = JANUARY.atDay(1).atStartOfDay(MOSCOW).toInstant();
    private static final Instant UNTIL = JANUARY.plusMonths(1).atDay(1).atStartOfDay(MOSCOW).toInstant();
    private static MigratedDatabase database;

    @BeforeAll
    static void aMonthOfAContract() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            JanuaryLedger.write(new LedgerRows(em));
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theMonthsEntriesInBookingOrderWithTheirPostingsOnTheContract() {
        List<MonthMovement> movements = stream();

        assertThat(movements).extracting(MonthMovement::entryId).containsExactly(2L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(movements).extracting(MonthMovement::netMinor)
                .containsExactly(500_000L, -150_000L, -99_990L, 150_000L, 70_000L, -1_000L, -6_150L);
        MonthMovement purchase = movements.get(1);
        assertThat(purchase.panMasked()).isEqualTo("7005 **** **** 0010");
        assertThat(purchase.holder()).isEqualTo("А123ВС77");
        assertThat(purchase.product()).isEqualTo("AI-95");
        assertThat(purchase.volumeMilli()).isEqualTo(25_000);
        assertThat(movements.get(2).discountMinor()).as("what the tariff took off").isEqualTo(3_090);
        MonthMovement reversal = movements.get(3);
        assertThat(reversal.effectKind()).isEqualTo(EntryKind.PURCHASE);
        assertThat(reversal.soldMillilitres()).isEqualTo(-25_000);
        MonthMovement foreign = movements.get(4);
        assertThat(foreign.kind()).isEqualTo(EntryKind.TRANSFER);
        assertThat(foreign.panMasked()).as("another contract's card is not shown").isNull();
    }

    @Test
    void theMovementsAddUpToThePostingsAndTheBalancesAreThePostingsBeforeAndAfter() {
        long postings = database.inTransaction(em -> new LedgerRows(em).sum("SELECT SUM(p.amount_minor) FROM posting p "
                + "JOIN account a ON a.id = p.account_id JOIN journal_entry e ON e.id = p.entry_id WHERE a.contract_id = 900 "
                + "AND a.currency = 'RUB' AND e.booked_at >= TIMESTAMP WITH TIME ZONE '2025-12-31 21:00:00+00' "
                + "AND e.booked_at < TIMESTAMP WITH TIME ZONE '2026-01-31 21:00:00+00'"));

        assertThat(stream().stream().mapToLong(MonthMovement::netMinor).sum()).isEqualTo(postings).isEqualTo(462_860);
        MonthBalances balances = database.inTransaction(em -> {
            try {
                return new MonthMovementQuery(em.unwrap(Connection.class)).balances(900, FROM, UNTIL);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(balances.opening().minorUnits()).isEqualTo(1_000_000);
        assertThat(balances.closing().minorUnits()).isEqualTo(1_000_000 + postings);
    }

    private static List<MonthMovement> stream() {
        return database.inTransaction(em -> {
            List<MonthMovement> movements = new ArrayList<>();
            try {
                new MonthMovementQuery(em.unwrap(Connection.class)).stream(900, FROM, UNTIL, movements::add);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return movements;
        });
    }
}
