package org.cardhub.periods.entity;

import org.cardhub.ledger.entity.PeriodChange;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A contract's month as the back office sees it: open (never closed), closed (by whom, when) or reopened (by whom,
 * when, why, after its last close), and what may be done with it now.
 *
 * @param lastClose  the latest close, if it was ever closed
 * @param lastReopen the latest reopen, if it was ever reopened
 * @param ended      whether the month is over in the contract's zone (only then may it be closed by hand)
 */
public record MonthStatus(YearMonth month, State state, PeriodChange lastClose, PeriodChange lastReopen, boolean ended)
        implements Serializable {

    /** Who the month-close timer's changes are by, in the story of a month and in the audit log. */
    public static final String TIMER = "system:month-close";

    public enum State {
        OPEN,
        CLOSED,
        REOPENED
    }

    /** The month's status from its story (in any order) as of {@code now}. */
    public static MonthStatus of(YearMonth month, List<PeriodChange> story, Instant now, ZoneId zone) {
        List<PeriodChange> ordered = story.stream().filter(change -> change.month().equals(month))
                .sorted(Comparator.comparing(PeriodChange::id)).toList();
        PeriodChange close = latest(ordered, PeriodChange.Action.CLOSE).orElse(null);
        PeriodChange reopen = latest(ordered, PeriodChange.Action.REOPEN).orElse(null);
        State state = ordered.isEmpty() ? State.OPEN
                : ordered.get(ordered.size() - 1).action() == PeriodChange.Action.CLOSE ? State.CLOSED : State.REOPENED;
        return new MonthStatus(month, state, close, reopen, ClosingSchedule.hasEnded(month, now, zone));
    }

    private static Optional<PeriodChange> latest(List<PeriodChange> ordered, PeriodChange.Action action) {
        return ordered.stream().filter(change -> change.action() == action).reduce((earlier, later) -> later);
    }

    /** A month that is over and not closed may be closed now. */
    public boolean closable() {
        return ended && state != State.CLOSED;
    }

    public boolean reopenable() {
        return state == State.CLOSED;
    }

    public boolean closedByTimer() {
        return lastClose != null && TIMER.equals(lastClose.actor());
    }
}
