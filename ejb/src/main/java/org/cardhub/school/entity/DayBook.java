package org.cardhub.school.entity;

import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts a pupil's school days together from what the ledger and the turnstiles recorded: each movement of money becomes
 * an event of the kind the parent reads (a meal, a trip, a top-up…), each pass an entry or exit, all in time order;
 * an operation taken back later is shown cancelled, and its taking back, when it falls in the same window, is not
 * shown again.
 */
public final class DayBook {

    private static final Comparator<DayEvent> IN_TIME = Comparator.comparing(DayEvent::at);

    private DayBook() {
    }

    /**
     * @param dishes        the dishes of the purchases, by entry id (none needed for sums)
     * @param reversed      ids of the entries that were taken back, whenever that was
     * @param cardHasPurses whether the card keeps money of its own (else it spends from its contract's account)
     */
    public static List<DayEvent> events(Collection<Movement> movements, Collection<Attendance> passes,
                                        Map<Long, List<Dish>> dishes, Set<Long> reversed, boolean cardHasPurses) {
        Set<Long> here = movements.stream().map(Movement::entryId).collect(Collectors.toSet());
        List<DayEvent> events = new ArrayList<>();
        for (Movement movement : movements) {
            if (movement.kind() == EntryKind.REVERSAL && movement.reversesEntryId() != null
                    && here.contains(movement.reversesEntryId())) {
                continue;
            }
            DayEvent.Kind kind = movement.dayKind();
            // a move between the card's own purses changes nothing in sum: what was moved is what is worth showing
            long shown = kind == DayEvent.Kind.PURSE_MOVE ? movement.inMinor() : movement.shownMinor(cardHasPurses);
            events.add(new DayEvent(movement.at(), kind, Amount.ofMinorUnits(shown, Currency.RUB), movement.terminalId(),
                    dishes.getOrDefault(movement.entryId(), List.of()), reversed.contains(movement.entryId())));
        }
        for (Attendance pass : passes) {
            events.add(DayEvent.pass(pass.occurredAt(), pass.direction() == Attendance.Direction.ENTRY, pass.terminalId()));
        }
        events.sort(IN_TIME);
        return events;
    }

    /** A summary for every day of the window, the last day first; a day without events has a quiet one. */
    public static List<DaySummary> days(DayWindow window, Collection<DayEvent> events) {
        Map<LocalDate, List<DayEvent>> byDate = new HashMap<>();
        for (DayEvent event : events) {
            byDate.computeIfAbsent(window.dateOf(event.at()), date -> new ArrayList<>()).add(event);
        }
        List<DaySummary> days = new ArrayList<>(window.days());
        for (LocalDate date = window.last(); !date.isBefore(window.first()); date = date.minusDays(1)) {
            days.add(DaySummary.of(date, byDate.getOrDefault(date, List.of())));
        }
        return days;
    }

    /** Which of the movements may have been taken back: all but the takings back themselves. */
    public static List<Long> reversible(Collection<Movement> movements) {
        return movements.stream().filter(movement -> movement.kind() != EntryKind.REVERSAL).map(Movement::entryId).toList();
    }
}
