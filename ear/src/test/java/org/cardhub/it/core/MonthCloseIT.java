package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.ledger.boundary.Bookkeeping;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.InvalidPeriodChangeException;
import org.cardhub.ledger.entity.LedgerCheck;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;
import org.cardhub.periods.boundary.Periods;
import org.cardhub.periods.entity.MonthStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The month close in the real server on the real database (PostgreSQL in CI): a closed month takes no entry, a late
 * offline purchase, completion, reversal or correction goes into the open month instead, a month reopened with a
 * reason takes postings again and closes again; a close while purchases post leaves none in the closed month.
 *
 * <p>Each test has a contract of its own, made two months back (in SQL, as no boundary backdates a contract). Last
 * month is closed and reopened first, so that the hourly timer, which never touches a month with a story, leaves it
 * to the test whatever day of the month it runs.</p>
 */
@ExtendWith(ArquillianExtension.class)
class MonthCloseIT {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final String TERMINAL = "terminal:FUEL-0001";

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Payments payments;

    @EJB
    Periods periods;

    @EJB
    Ledger ledger;

    @EJB
    Bookkeeping bookkeeping;

    @EJB
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    private final YearMonth last = YearMonth.now(MOSCOW).minusMonths(1);
    private final Instant inLastMonth = last.atDay(15).atTime(12, 0).atZone(MOSCOW).toInstant();

    @Test
    void aClosedMonthTakesNothingLateOperationsGoIntoTheOpenMonthAndAReopenedMonthTakesPostingsAgain() throws Exception {
        Contract contract = contractOfTwoMonths("5000.00");
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        OperationKey firstKey = Fixtures.key(TERMINAL);
        Outcome first = payments.purchase(firstKey, offline(card, "100.00", inLastMonth), TERMINAL);
        assertThat(bookedAt(first)).as("an open month takes a purchase of its own").isEqualTo(inLastMonth);

        assertThat(backOffice.call(() -> periods.closeNow(contract.id(), last))).isTrue();
        long inClosedMonth = entriesIn(contract.id(), last);
        Outcome late = payments.purchase(Fixtures.key(TERMINAL), offline(card, "200.00", inLastMonth.plusSeconds(3600)), TERMINAL);
        Outcome reversed = payments.reverse(Fixtures.key(TERMINAL), firstKey, TERMINAL);
        Outcome corrected = backOffice.call(() -> payments.correct(Fixtures.key("backoffice"), PurseRef.ofContract(contract.number()),
                Amount.parse("5.00", Currency.RUB), "IT: a fee of last month"));
        Throwable blank = catchThrowable(() -> backOffice.call(() -> periods.reopen(contract.id(), last, "   ")));
        Throwable current = catchThrowable(() -> backOffice.call(() -> periods.closeNow(contract.id(), YearMonth.now(MOSCOW))));

        assertThat(List.of(late, reversed, corrected)).allMatch(Outcome::isApproved);
        assertThat(YearMonth.from(bookedAt(late).atZone(MOSCOW))).as("a late purchase goes into the open month").isAfter(last);
        assertThat(occurredAt(late)).isEqualTo(inLastMonth.plusSeconds(3600));
        assertThat(YearMonth.from(bookedAt(reversed).atZone(MOSCOW))).as("the reversal goes into the open month").isAfter(last);
        assertThat(bookedAt(first)).as("the reversed purchase stays where it was").isEqualTo(inLastMonth);
        assertThat(YearMonth.from(bookedAt(corrected).atZone(MOSCOW))).isAfter(last);
        assertThat(entriesIn(contract.id(), last)).as("nothing entered the closed month").isEqualTo(inClosedMonth);
        assertThat(codeOf(blank)).isEqualTo(InvalidPeriodChangeException.Code.REASON_REQUIRED);
        assertThat(codeOf(current)).isEqualTo(InvalidPeriodChangeException.Code.NOT_ENDED);
        assertThat(ledger.isClosed(contract.id(), last)).as("a blank reason reopens nothing").isTrue();

        backOffice.call(() -> periods.reopen(contract.id(), last, "IT: a station sent its purchases late"));
        Outcome again = payments.purchase(Fixtures.key(TERMINAL), offline(card, "50.00", inLastMonth.plusSeconds(7200)), TERMINAL);
        assertThat(bookedAt(again)).as("the reopened month takes postings again").isEqualTo(inLastMonth.plusSeconds(7200));
        assertThat(backOffice.call(() -> periods.closeNow(contract.id(), last))).as("and closes again").isTrue();

        List<MonthStatus> months = backOffice.call(() -> periods.months(contract.id(), 0, 12));
        assertThat(months).extracting(MonthStatus::month).containsExactly(YearMonth.now(MOSCOW), last, last.minusMonths(1));
        assertThat(months.get(0).state()).isEqualTo(MonthStatus.State.OPEN);
        assertThat(months.get(0).closable()).as("the current month cannot be closed by hand").isFalse();
        assertThat(months.get(1).state()).isEqualTo(MonthStatus.State.CLOSED);
        assertThat(months.get(1).lastReopen().reason()).isEqualTo("IT: a station sent its purchases late");
        assertThat(months.get(1).lastClose().actor()).isEqualTo("backoffice");
        assertThat(backOffice.call(() -> audit.of(AuditSubject.CONTRACT, contract.id())))
                .extracting(event -> event.action()).contains("period.close", "period.reopen");
    }

    @Test
    void aCompletionKeepsTheMonthOfItsAuthorisationUntilThatIsClosedAndThenGoesIntoTheOpenMonth() throws Exception {
        Contract contract = contractOfTwoMonths("5000.00");
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        Instant lastMinute = last.atEndOfMonth().atTime(23, 50).atZone(MOSCOW).toInstant();

        OperationKey inGrace = authorisedAt(card, lastMinute);
        Outcome completedInGrace = complete(inGrace, "250.00");
        OperationKey afterClose = authorisedAt(card, lastMinute);
        assertThat(backOffice.call(() -> periods.closeNow(contract.id(), last))).isTrue();
        long inClosedMonth = entriesIn(contract.id(), last);
        Outcome completedLate = complete(afterClose, "180.00");

        assertThat(bookedAt(completedInGrace)).as("completed within the grace: the month of its authorisation").isEqualTo(lastMinute);
        assertThat(completedLate.isApproved()).isTrue();
        assertThat(YearMonth.from(bookedAt(completedLate).atZone(MOSCOW))).as("completed after the close").isAfter(last);
        assertThat(occurredAt(completedLate)).isEqualTo(lastMinute);
        assertThat(entriesIn(contract.id(), last)).isEqualTo(inClosedMonth);
    }

    @Test
    void closingWhilePurchasesPostLeavesNoEntryInTheClosedMonth() throws Exception {
        Contract contract = contractOfTwoMonths("100000.00");
        List<Card> cards = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 4));
        int threads = 8;
        int each = 15;
        CountDownLatch someHavePosted = new CountDownLatch(10);
        List<Future<List<Outcome>>> futures = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            Card card = cards.get(thread % cards.size());
            int offset = thread * each;
            futures.add(executor.submit(() -> {
                List<Outcome> outcomes = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    outcomes.add(payments.purchase(Fixtures.key(TERMINAL),
                            offline(card, "10.00", inLastMonth.plusSeconds(offset + i)), TERMINAL));
                    someHavePosted.countDown();
                }
                return outcomes;
            }));
        }
        assertThat(someHavePosted.await(120, TimeUnit.SECONDS)).isTrue();
        assertThat(backOffice.call(() -> periods.closeNow(contract.id(), last))).isTrue();
        long atTheClose = entriesIn(contract.id(), last);
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> future : futures) {
            outcomes.addAll(future.get(300, TimeUnit.SECONDS));
        }

        assertThat(outcomes).hasSize(threads * each).allMatch(Outcome::isApproved);
        assertThat(entriesIn(contract.id(), last)).as("nothing entered the month after its close").isEqualTo(atTheClose);
        long moved = count("SELECT COUNT(*) FROM journal_entry WHERE contract_id = ? AND occurred_at IS NOT NULL", contract.id());
        assertThat(atTheClose + moved).as("each purchase in the closed month or moved out of it").isEqualTo(threads * each);
        assertThat(moved).as("the close came while purchases were posting").isPositive();
        LedgerCheck check = backOffice.call(() -> bookkeeping.check());
        assertThat(check.disagreements()).isEmpty();
    }

    /**
     * A pooled contract of a new Moscow company with money on its account, made two months ago; its last month closed
     * and reopened once, so the timer leaves that month alone.
     */
    private Contract contractOfTwoMonths(String balance) throws SQLException {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), balance));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("UPDATE contract SET created_at = ? WHERE id = ?")) {
            statement.setTimestamp(1, Timestamp.from(last.minusMonths(1).atDay(1).atTime(10, 0).atZone(MOSCOW).toInstant()));
            statement.setLong(2, contract.id());
            statement.executeUpdate();
        }
        backOffice.call(() -> periods.closeNow(contract.id(), last));
        backOffice.call(() -> periods.reopen(contract.id(), last, "IT: the test closes this month itself"));
        return contract;
    }

    private static Spend offline(Card card, String amount, Instant madeAt) {
        return new Spend(CardRef.id(card.id()), Amount.parse(amount, Currency.RUB), null, "AI-95", "FUEL", "AZS-17", "RU-MOW",
                madeAt, List.of(), true);
    }

    /** An authorisation of 300 roubles, as if it had been made at {@code at} (its hold backdated in SQL). */
    private OperationKey authorisedAt(Card card, Instant at) throws SQLException {
        OperationKey key = Fixtures.key(TERMINAL);
        Outcome held = payments.authorise(key, new Spend(CardRef.id(card.id()), Amount.parse("300.00", Currency.RUB), null,
                "AI-95", "FUEL", "AZS-17", "RU-MOW", Instant.now()), TERMINAL);
        assertThat(held.isApproved()).as(held.message()).isTrue();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("UPDATE hold SET created_at = ? WHERE id = ?")) {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setLong(2, held.holdId());
            statement.executeUpdate();
        }
        return key;
    }

    private Outcome complete(OperationKey authorisation, String amount) {
        Outcome completed = payments.complete(Fixtures.key(TERMINAL), authorisation, Amount.parse(amount, Currency.RUB), null,
                TERMINAL);
        assertThat(completed.isApproved()).as(completed.message()).isTrue();
        return completed;
    }

    private static InvalidPeriodChangeException.Code codeOf(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidPeriodChangeException refused) {
                return refused.code();
            }
        }
        throw new AssertionError("expected a refused period change, got " + thrown, thrown);
    }

    private long entriesIn(long contractId, YearMonth month) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM journal_entry "
                     + "WHERE contract_id = ? AND booked_at >= ? AND booked_at < ?")) {
            statement.setLong(1, contractId);
            statement.setTimestamp(2, Timestamp.from(month.atDay(1).atStartOfDay(MOSCOW).toInstant()));
            statement.setTimestamp(3, Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(MOSCOW).toInstant()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Instant bookedAt(Outcome outcome) throws SQLException {
        return instant("SELECT booked_at FROM journal_entry WHERE id = ?", outcome.entryId());
    }

    private Instant occurredAt(Outcome outcome) throws SQLException {
        return instant("SELECT occurred_at FROM journal_entry WHERE id = ?", outcome.entryId());
    }

    private Instant instant(String sql, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql + " " + id).isTrue();
                Timestamp time = rows.getTimestamp(1);
                return time == null ? null : time.toInstant();
            }
        }
    }

    private long count(String sql, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
