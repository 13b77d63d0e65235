package org.cardhub.school.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.school.entity.Attendance;
import org.cardhub.school.entity.DayBook;
import org.cardhub.school.entity.DayEvent;
import org.cardhub.school.entity.DaySummary;
import org.cardhub.school.entity.DayWindow;
import org.cardhub.school.entity.Movement;
import org.cardhub.school.entity.SchoolDay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a card's school days: one day in full (events with their dishes, the summary, the purses at the day's end),
 * or the summaries of a window of days. Never more than the window and a row limit: a year of events stays where it is.
 */
@Dependent
public class DayReader {

    /** More than any real school day has; a day past it lists its first events and says so. */
    static final int EVENTS_A_DAY = 400;
    /** For a page of up to a month's days. */
    static final int EVENTS_A_PAGE = 6_000;

    @Inject
    DayLedger ledger;

    /** The card's own purses (rouble accounts), with what each holds now. */
    public record Purses(Account general, Account canteen) {

        public static Purses of(Collection<Account> accounts) {
            return new Purses(rouble(accounts, AccountPurpose.MAIN).orElse(null),
                    rouble(accounts, AccountPurpose.CANTEEN).orElse(null));
        }

        List<Long> ids() {
            return Stream.of(general, canteen).filter(Objects::nonNull).map(Account::id).toList();
        }

        boolean any() {
            return general != null || canteen != null;
        }

        private static Optional<Account> rouble(Collection<Account> accounts, AccountPurpose purpose) {
            return accounts.stream().filter(account -> account.purpose() == purpose && account.currency() == Currency.RUB)
                    .findFirst();
        }
    }

    public SchoolDay day(long cardId, ZoneId zone, Purses purses, LocalDate date, Instant now) {
        DayWindow window = DayWindow.of(date, zone);
        DayLedger.Found<Movement> movements = ledger.movements(cardId, purses.ids(), window, EVENTS_A_DAY);
        DayLedger.Found<Attendance> passes = ledger.passes(cardId, window, EVENTS_A_DAY);
        List<Long> purchases = movements.rows().stream().filter(movement -> movement.kind().isSpending())
                .map(Movement::entryId).toList();
        List<DayEvent> events = DayBook.events(movements.rows(), passes.rows(), ledger.dishes(purchases),
                ledger.reversed(DayBook.reversible(movements.rows())), purses.any());
        Map<Long, Long> later = window.end().isAfter(now) ? Map.of() : ledger.postedSince(purses.ids(), window.end());
        return new SchoolDay(date, zone, events, DaySummary.of(date, events), atEnd(purses.general(), later),
                atEnd(purses.canteen(), later), movements.truncated() || passes.truncated());
    }

    /** Today's (or any one day's) summary, without dishes or closing balances: what the home page shows. */
    public DaySummary summary(long cardId, ZoneId zone, Purses purses, LocalDate date) {
        return summaries(cardId, purses, DayWindow.of(date, zone), EVENTS_A_DAY).get(0);
    }

    /** A summary for each day of the window, the last day first (a month at most, as a page of the list asks). */
    public List<DaySummary> summaries(long cardId, Purses purses, DayWindow window) {
        return summaries(cardId, purses, window, EVENTS_A_PAGE);
    }

    private List<DaySummary> summaries(long cardId, Purses purses, DayWindow window, int max) {
        List<Movement> movements = ledger.movements(cardId, purses.ids(), window, max).rows();
        List<Attendance> passes = ledger.passes(cardId, window, max).rows();
        List<DayEvent> events = DayBook.events(movements, passes, Map.of(), ledger.reversed(DayBook.reversible(movements)),
                purses.any());
        return DayBook.days(window, events);
    }

    /** What the purse held at the day's end: what it holds now less what was posted on it since. */
    private static Amount atEnd(Account purse, Map<Long, Long> postedSince) {
        if (purse == null) {
            return null;
        }
        return purse.balance().minus(Amount.ofMinorUnits(postedSince.getOrDefault(purse.id(), 0L), Currency.RUB));
    }
}
