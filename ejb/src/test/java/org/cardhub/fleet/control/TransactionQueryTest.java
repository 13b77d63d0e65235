package org.cardhub.fleet.control;

import jakarta.persistence.Query;
import org.cardhub.callers.CardScope;
import org.cardhub.fleet.entity.SuspicionRule;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionStatus;
import org.cardhub.fleet.entity.TransactionTotals;
import org.cardhub.fleet.entity.TransactionType;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.fleet.control.JournalRows.card;
import static org.cardhub.fleet.control.JournalRows.entry;
import static org.cardhub.fleet.control.JournalRows.update;

/**
 * The statements of {@code FleetTransactions} on the real schema and mapping (H2 in its PostgreSQL mode): what they
 * filter, how they order and page, and what the totals add up — a purchase less its reversal, top-ups apart.
 */
class TransactionQueryTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final long CONTRACT = 900;
    private static final SuspicionQuery SUSPICIONS = new SuspicionQuery(SuspicionRule.STANDARD);
    private static MigratedDatabase database;

    @BeforeAll
    static void aContractWithItsTransactions() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            update(em, "INSERT INTO contract (id, number, kind, holder_subject, status, balance_model, funding, time_zone, created_at) "
                    + "VALUES (900, 'F-09000000', 'FUEL', 'someone', 'ACTIVE', 'POOLED', 'PREPAID', 'Europe/Moscow', CURRENT_TIMESTAMP)");
            update(em, "INSERT INTO contract (id, number, kind, holder_subject, status, balance_model, funding, time_zone, created_at) "
                    + "VALUES (901, 'F-09000001', 'FUEL', 'another', 'ACTIVE', 'POOLED', 'PREPAID', 'Europe/Moscow', CURRENT_TIMESTAMP)");
            card(em, 910, 900, "0010", "А123ВС 77 Газель");
            card(em, 911, 900, "0028", "Иванов И. И.");
            card(em, 912, 901, "0010", "чужая");
            // Moscow is UTC+3: 1 December 22:30 there is 19:30 UTC; 2 December 00:30 there is 1 December 21:30 UTC
            entry(em, 1, "TOP_UP", "2026-11-30 09:00:00+00", null, 900, null, null, 1_000_000, 0, null);
            entry(em, 2, "PURCHASE", "2026-12-01 19:30:00+00", 910L, 900, "AI-95", "АЗС №12 Тверская", 150_000, 25_000, null);
            entry(em, 3, "COMPLETION", "2026-12-01 21:30:00+00", 911L, 900, "DT", "АЗС №7 МКАД", 200_000, 33_333, null);
            // the completion paid 2000.00 of the station's 2061.86: its tariff took 3 % off
            update(em, "UPDATE journal_entry SET discount_minor = 6186, discount_bp = 300 WHERE id = 3");
            entry(em, 4, "REVERSAL", "2026-12-02 08:00:00+00", 910L, 900, "AI-95", null, 150_000, 25_000, 2L);
            entry(em, 5, "TRANSFER", "2026-12-03 08:00:00+00", null, 900, null, null, 50_000, 0, null);
            update(em, "INSERT INTO account (id, contract_id, purpose, currency) VALUES (950, 900, 'MAIN', 'RUB')");
            update(em, "INSERT INTO account (id, contract_id, card_id, purpose, currency) VALUES (951, 900, 911, 'MAIN', 'RUB')");
            update(em, "INSERT INTO posting (entry_id, account_id, currency, amount_minor) VALUES (5, 950, 'RUB', -50000)");
            update(em, "INSERT INTO posting (entry_id, account_id, currency, amount_minor) VALUES (5, 951, 'RUB', 50000)");
            entry(em, 6, "PURCHASE", "2026-12-03 08:00:00+00", 912L, 901, "AI-95", "АЗС №12 Тверская", 99_900, 10_000, null);
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void allOfAContractNewestFirstAndNothingOfAnother() {
        List<TransactionRow> rows = page(TransactionFilter.NONE, 0, 10);

        assertThat(rows).extracting(TransactionRow::id).containsExactly(5L, 4L, 3L, 2L, 1L);
        TransactionRow purchase = rows.get(3);
        assertThat(purchase.type()).isEqualTo(TransactionType.PURCHASE);
        assertThat(purchase.panMasked()).endsWith("0010");
        assertThat(purchase.holder()).isEqualTo("А123ВС 77 Газель");
        assertThat(purchase.amount()).isEqualTo(Amount.ofMinorUnits(150_000, Currency.RUB));
        assertThat(purchase.volume()).isEqualTo(Amount.ofMinorUnits(25_000, Currency.LITRE));
        assertThat(rows.get(2).type()).as("a completion is a purchase").isEqualTo(TransactionType.PURCHASE);
        assertThat(rows.get(4).panMasked()).as("a top-up of the contract's account").isNull();
        assertThat(rows.get(0).panMasked()).as("a transfer onto a card").endsWith("0028");
    }

    @Test
    void aDiscountedSaleShowsTheStationsPriceTheDiscountAndTheAmountPaid() {
        List<TransactionRow> rows = page(TransactionFilter.NONE, 0, 10);
        TransactionRow discounted = rows.get(2);
        TransactionRow plain = rows.get(3);

        assertThat(discounted.amount()).isEqualTo(Amount.parse("2000.00", Currency.RUB));
        assertThat(discounted.discount()).isEqualTo(Amount.parse("61.86", Currency.RUB));
        assertThat(discounted.discountBasisPoints()).isEqualTo(300);
        assertThat(discounted.price()).isEqualTo(Amount.parse("2061.86", Currency.RUB));
        assertThat(discounted.listPricePerLitre()).isEqualTo(Amount.parse("61.86", Currency.RUB));
        assertThat(discounted.pricePerLitre()).isEqualTo(Amount.parse("60.00", Currency.RUB));
        assertThat(discounted.isDiscounted()).isTrue();
        assertThat(plain.isDiscounted()).isFalse();
        assertThat(plain.price()).isEqualTo(plain.amount());
        assertThat(rows).filteredOn(TransactionRow::isSale).extracting(TransactionRow::id).containsExactly(4L, 3L, 2L);
    }

    @Test
    void theTotalsTakeAReversalBackFromWhatWasSpentAndKeepTopUpsApart() {
        assertThat(totals(TransactionFilter.NONE)).isEqualTo(new TransactionTotals(5, Amount.ofMinorUnits(200_000, Currency.RUB),
                Amount.ofMinorUnits(33_333, Currency.LITRE), Amount.ofMinorUnits(1_000_000, Currency.RUB)));
    }

    @Test
    void byCardDigitsStationProductAndType() {
        assertThat(page(filter(null, null, "0010", null, null, null), 0, 10)).extracting(TransactionRow::id).containsExactly(4L, 2L);
        assertThat(totals(filter(null, null, "0010", null, null, null)).spent().isZero()).isTrue();
        assertThat(page(filter(null, null, "0028", null, null, null), 0, 10)).extracting(TransactionRow::id).containsExactly(5L, 3L);
        assertThat(page(filter(null, null, null, "тверская", null, null), 0, 10)).extracting(TransactionRow::id).containsExactly(2L);
        assertThat(page(filter(null, null, null, null, "DT", null), 0, 10)).extracting(TransactionRow::id).containsExactly(3L);
        assertThat(totals(filter(null, null, null, null, null, TransactionType.PURCHASE)))
                .isEqualTo(new TransactionTotals(2, Amount.ofMinorUnits(350_000, Currency.RUB),
                        Amount.ofMinorUnits(58_333, Currency.LITRE), Amount.zero(Currency.RUB)));
    }

    @Test
    void aCardFilterReadThroughTheMatchingCardsStillFindsATransferOntoTheCard() {
        TransactionQuery where = query(CONTRACT, filter(null, null, "0028", null, null, null), CardScope.ALL);
        where.amongCards(List.of(911L));
        assertThat(rows(where, 0, 10)).extracting(TransactionRow::id).containsExactly(5L, 3L);
    }

    @Test
    void aPeriodIsOfDaysInTheContractsTimeZone() {
        LocalDate second = LocalDate.of(2026, 12, 2);
        assertThat(page(filter(second, second, null, null, null, null), 0, 10)).extracting(TransactionRow::id).containsExactly(4L, 3L);
        assertThat(page(filter(null, LocalDate.of(2026, 12, 1), null, null, null, null), 0, 10))
                .extracting(TransactionRow::id).containsExactly(2L, 1L);
    }

    @Test
    void pagesByOffsetAndChunksByPosition() {
        assertThat(page(TransactionFilter.NONE, 2, 2)).extracting(TransactionRow::id).containsExactly(3L, 2L);
        List<TransactionRow> first = after(TransactionFilter.NONE, null, 2);
        assertThat(first).extracting(TransactionRow::id).containsExactly(5L, 4L);
        assertThat(after(TransactionFilter.NONE, first.get(1), 2)).extracting(TransactionRow::id).containsExactly(3L, 2L);
    }

    private static TransactionFilter filter(LocalDate from, LocalDate to, String digits, String station, String product,
                                            TransactionType type) {
        return new TransactionFilter(from, to, digits, station, null, product, type);
    }

    @Test
    void aReversedTransactionIsMarkedAndFilteredByItsStatus() {
        assertThat(page(TransactionFilter.NONE, 0, 10)).filteredOn(TransactionRow::isReversed).extracting(TransactionRow::id)
                .containsExactly(2L);
        assertThat(page(status(TransactionStatus.REVERSED), 0, 10)).extracting(TransactionRow::id).containsExactly(2L);
        assertThat(page(status(TransactionStatus.BOOKED), 0, 10)).extracting(TransactionRow::id).containsExactly(5L, 4L, 3L, 1L);
    }

    private static TransactionFilter status(TransactionStatus status) {
        return new TransactionFilter(null, null, null, null, null, null, null, null, null, status, false);
    }

    private static TransactionQuery query(long contract, TransactionFilter filter, CardScope scope) {
        return new TransactionQuery(contract, filter, MOSCOW, scope, SUSPICIONS);
    }

    private static List<TransactionRow> page(TransactionFilter filter, int first, int max) {
        return rows(query(CONTRACT, filter, CardScope.ALL), first, max);
    }

    private static List<TransactionRow> after(TransactionFilter filter, TransactionRow last, int max) {
        TransactionQuery where = query(CONTRACT, filter, CardScope.ALL);
        if (last != null) {
            where.after(last);
        }
        return rows(where, 0, max);
    }

    private static List<TransactionRow> rows(TransactionQuery where, int first, int max) {
        return JournalRows.rows(database, where, SUSPICIONS, first, max);
    }

    private static TransactionTotals totals(TransactionFilter filter) {
        return JournalRows.totals(database, query(CONTRACT, filter, CardScope.ALL));
    }
}
