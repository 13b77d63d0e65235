package org.cardhub.periods.control;

import org.cardhub.testing.NoTransaction;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import org.cardhub.ledger.boundary.ClosedMonths;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.InvalidPeriodChangeException;
import org.cardhub.ledger.entity.MonthClosed;
import org.cardhub.ledger.entity.MonthReopened;
import org.cardhub.ledger.entity.PeriodChange;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * The month close's statements on the migrated schema (H2 in its PostgreSQL mode): which contracts the timer finds due,
 * and the ledger's close, reopen and story of a month.
 */
class MonthClosingQueryTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final Instant IN_FEBRUARY = Instant.parse("2026-02-05T09:00:00Z");

    private static MigratedDatabase database;

    @BeforeAll
    static void contractsOfTwoZones() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            contract(em, 1, "ACTIVE", "Europe/Moscow", "2025-06-01 09:00:00+00");
            contract(em, 2, "SUSPENDED", "Europe/Moscow", "2025-06-01 09:00:00+00");
            contract(em, 3, "APPLICATION", "Europe/Moscow", "2025-06-01 09:00:00+00");
            // made on 1 February in Moscow (31 January 21:30 UTC): January was not its month
            contract(em, 4, "ACTIVE", "Europe/Moscow", "2026-01-31 21:30:00+00");
            // made later, but with a purchase booked in January (its history)
            contract(em, 5, "ACTIVE", "Europe/Moscow", "2026-02-03 09:00:00+00");
            entry(em, 50, 5, "2026-01-20 09:00:00+00");
            // closed in January, with its last purchase then
            contract(em, 6, "CLOSED", "Europe/Moscow", "2025-06-01 09:00:00+00");
            entry(em, 60, 6, "2026-01-10 09:00:00+00");
            contract(em, 7, "CLOSED", "Europe/Moscow", "2025-06-01 09:00:00+00");
            contract(em, 8, "ACTIVE", "Asia/Vladivostok", "2025-06-01 09:00:00+00");
            // already closed once, then reopened by a person: the timer leaves it alone
            contract(em, 9, "ACTIVE", "Europe/Moscow", "2025-06-01 09:00:00+00");
            em.persist(PeriodChange.closing(9, JANUARY, "admin", IN_FEBRUARY));
            em.persist(PeriodChange.reopening(9, JANUARY, "admin", IN_FEBRUARY, "a late invoice"));
            update(em, "INSERT INTO account (id, contract_id, purpose, currency) VALUES (100, 1, 'MAIN', 'RUB')");
            update(em, "INSERT INTO account (id, contract_id, purpose, currency) VALUES (101, 1, 'MAIN', 'LITRE')");
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theContractsThatKeptBooksInTheMonthAndNeverHadItClosedAreDuePageByPage() {
        assertThat(due("Europe/Moscow", 0, 10)).containsExactly(1L, 2L, 5L, 6L);
        assertThat(due("Europe/Moscow", 0, 2)).containsExactly(1L, 2L);
        assertThat(due("Europe/Moscow", 2, 2)).containsExactly(5L, 6L);
        assertThat(due("Asia/Vladivostok", 0, 10)).containsExactly(8L);
        assertThat(query(MonthClosing::zones)).containsExactlyInAnyOrder("Europe/Moscow", "Asia/Vladivostok");
    }

    @Test
    void aClosedMonthIsKeptWithItsStoryAnnouncedAndClosedOnceReopenedWithAReasonAndClosedAgain() {
        List<Object> fired = new ArrayList<>();
        YearMonth december = YearMonth.of(2025, 12);

        boolean closed = months(fired, months -> months.close(1, december, "admin", IN_FEBRUARY));
        boolean closedTwice = months(fired, months -> months.close(1, december, "system:month-close", IN_FEBRUARY));
        boolean ledgerRefuses = months(fired, months -> months.ledgerSays(1, december));
        assertRefused(() -> months(fired, months -> months.reopen(1, december, "admin", "  ", IN_FEBRUARY)),
                InvalidPeriodChangeException.Code.REASON_REQUIRED);
        PeriodChange reopened = months(fired, months -> months.reopen(1, december, "admin", " a corrected invoice ", IN_FEBRUARY));
        boolean ledgerRefusesAfterReopen = months(fired, months -> months.ledgerSays(1, december));
        assertRefused(() -> months(fired, months -> months.reopen(1, december, "admin", "again", IN_FEBRUARY)),
                InvalidPeriodChangeException.Code.NOT_CLOSED);
        boolean closedAgain = months(fired, months -> months.close(1, december, "admin", IN_FEBRUARY));
        List<PeriodChange> story = months(fired, months -> months.closedMonths.changes(1, december, JANUARY));
        List<PeriodChange> january = months(fired, months -> months.closedMonths.changes(1, JANUARY, JANUARY));

        assertThat(closed).isTrue();
        assertThat(closedTwice).isFalse();
        assertThat(ledgerRefuses).isTrue();
        assertThat(reopened.reason()).isEqualTo("a corrected invoice");
        assertThat(ledgerRefusesAfterReopen).isFalse();
        assertThat(closedAgain).isTrue();
        assertThat(fired).containsExactly(new MonthClosed(1, december), new MonthReopened(1, december, "a corrected invoice"),
                new MonthClosed(1, december));
        assertThat(story).extracting(PeriodChange::action).containsExactly(PeriodChange.Action.CLOSE,
                PeriodChange.Action.REOPEN, PeriodChange.Action.CLOSE);
        assertThat(story).extracting(PeriodChange::actor).containsExactly("admin", "admin", "admin");
        assertThat(january).isEmpty();
    }

    @Test
    void theBooksBeginAtTheFirstEntry() {
        Optional<Instant> withHistory = months(new ArrayList<>(), months -> months.closedMonths.firstBooking(5));
        Optional<Instant> withoutEntries = months(new ArrayList<>(), months -> months.closedMonths.firstBooking(1));

        assertThat(withHistory).contains(Instant.parse("2026-01-20T09:00:00Z"));
        assertThat(withoutEntries).isEmpty();
    }

    private static List<Long> due(String zone, long after, int max) {
        return query(closing -> closing.due(zone, JANUARY, after, max));
    }

    private static <T> T query(Function<MonthClosing, T> work) {
        return database.inTransaction(em -> {
            MonthClosing closing = new MonthClosing();
            closing.em = em;
            return work.apply(closing);
        });
    }

    /** The ledger's month closing on one entity manager, in one transaction, with the events it fires collected. */
    private static <T> T months(List<Object> fired, Function<Months, T> work) {
        return database.inTransaction(em -> work.apply(new Months(em, fired)));
    }

    private static final class Months {
        final ClosedMonths closedMonths = new ClosedMonths();
        final Ledger ledger = NoTransaction.wire(new Ledger());

        Months(EntityManager em, List<Object> fired) {
            set(ledger, "em", em);
            set(closedMonths, "em", em);
            set(closedMonths, "ledger", ledger);
            set(closedMonths, "closings", collecting(fired));
            set(closedMonths, "reopenings", collecting(fired));
        }

        boolean close(long contract, YearMonth month, String actor, Instant now) {
            return closedMonths.close(contract, month, actor, now);
        }

        PeriodChange reopen(long contract, YearMonth month, String actor, String reason, Instant now) {
            return closedMonths.reopen(contract, month, actor, reason, now);
        }

        boolean ledgerSays(long contract, YearMonth month) {
            return ledger.isClosed(contract, month);
        }
    }

    private static void contract(EntityManager em, long id, String status, String zone, String created) {
        update(em, "INSERT INTO contract (id, number, kind, holder_subject, status, balance_model, funding, time_zone, created_at) "
                + "VALUES (" + id + ", 'T-" + id + "', 'FUEL', 'someone', '" + status + "', 'POOLED', 'PREPAID', '" + zone
                + "', TIMESTAMP WITH TIME ZONE '" + created + "')");
    }

    private static void entry(EntityManager em, long id, long contract, String at) {
        update(em, "INSERT INTO journal_entry (id, kind, booked_at, contract_id, amount_minor, volume_milli, actor) VALUES ("
                + id + ", 'PURCHASE', TIMESTAMP WITH TIME ZONE '" + at + "', " + contract + ", 100, 0, 'test')");
    }

    private static void update(EntityManager em, String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <E> Event<E> collecting(List<Object> fired) {
        return new Event<>() {
            @Override
            public void fire(E event) {
                fired.add(event);
            }

            @Override
            public <U extends E> CompletionStage<U> fireAsync(U event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends E> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Event<E> select(Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends E> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends E> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
