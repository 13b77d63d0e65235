package org.cardhub.school.entity;

import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.limits.entity.ProductCategory;
import org.cardhub.payments.entity.ServiceCharge;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A journal entry as it touched one pupil's card: the facts it was booked with and what it moved on the card's own
 * purses (its general and canteen accounts in roubles), money in and money out apart, so that a move between the
 * card's own purses is told from money that came or went. It knows what the day view calls it.
 *
 * @param ofThisCard       the entry was booked for this card (a purchase, its top-up), not for another that sent money
 * @param terminalId       the terminal that made it, when one did
 * @param entryAmountMinor the amount the entry was booked with (for a free meal, what the school paid)
 * @param inMinor          what came into the card's own purses (≥ 0)
 * @param outMinor         what went out of them (≤ 0)
 */
public record Movement(long entryId, EntryKind kind, Instant at, boolean ofThisCard, String category, String terminalId,
                       Long reversesEntryId, long entryAmountMinor, long inMinor, long outMinor) {

    /**
     * What the canteen sells (as the payments component draws them from the canteen purse), and a free meal, which the
     * school's budget pays: a meal of the card's that moved none of its money.
     */
    private static final Set<String> CANTEEN = Set.of("HOT_MEAL", "MEAL", "BUFFET", "DRINK", ProductCategory.FREE_MEAL);
    private static final String TRANSPORT = "TRANSPORT";
    private static final String TERMINAL = "terminal:";

    public Movement {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(at);
    }

    /** An entry before its postings on the card's purses are added; {@code actor} is who booked it. */
    public static Movement of(long entryId, EntryKind kind, Instant at, boolean ofThisCard, String category, String actor,
                              Long reversesEntryId, long entryAmountMinor) {
        String terminal = actor != null && actor.startsWith(TERMINAL) ? actor.substring(TERMINAL.length()) : null;
        return new Movement(entryId, kind, at, ofThisCard, category, terminal, reversesEntryId, entryAmountMinor, 0, 0);
    }

    /** The same, with one more posting on the card's own purses. */
    public Movement plus(long postedMinor) {
        return postedMinor >= 0
                ? new Movement(entryId, kind, at, ofThisCard, category, terminalId, reversesEntryId, entryAmountMinor,
                Math.addExact(inMinor, postedMinor), outMinor)
                : new Movement(entryId, kind, at, ofThisCard, category, terminalId, reversesEntryId, entryAmountMinor,
                inMinor, Math.addExact(outMinor, postedMinor));
    }

    /** What it did to the card's own money, signed. */
    public long netMinor() {
        return inMinor + outMinor;
    }

    /**
     * What the day view shows for it: what it did to the card's purses; or, for a card that spends from its contract's
     * account and has none of its own, what it was booked with, as money taken or given.
     */
    public long shownMinor(boolean cardHasPurses) {
        if (cardHasPurses || inMinor != 0 || outMinor != 0) {
            return netMinor();
        }
        if (kind.isSpending()) {
            return -entryAmountMinor;
        }
        return kind == EntryKind.TOP_UP || kind == EntryKind.AUTO_TOP_UP ? entryAmountMinor : 0;
    }

    /**
     * What the day view calls it. A spend is a trip when it was a transport fare (booked under the transport category,
     * as the validators' fares are), a meal when the canteen sold it, else a purchase; money moved between the card's
     * own purses is neither in nor out; kinds the view does not know are money taken or given, by their sign.
     */
    public DayEvent.Kind dayKind() {
        if (kind == EntryKind.REVERSAL) {
            return DayEvent.Kind.CANCELLATION;
        }
        if (kind.isSpending()) {
            String sold = category == null ? "" : category.strip().toUpperCase(Locale.ROOT);
            if (TRANSPORT.equals(sold)) {
                return DayEvent.Kind.TRIP;
            }
            return CANTEEN.contains(sold) ? DayEvent.Kind.MEAL : DayEvent.Kind.PURCHASE;
        }
        if (kind == EntryKind.TOP_UP || kind == EntryKind.AUTO_TOP_UP) {
            return DayEvent.Kind.TOP_UP;
        }
        if (inMinor != 0 && outMinor != 0 && netMinor() == 0) {
            return DayEvent.Kind.PURSE_MOVE;
        }
        if (kind == EntryKind.TRANSFER && ServiceCharge.CATEGORY.equals(category) && netMinor() < 0) {
            return DayEvent.Kind.CHARGE; // a paid service (the SMS informer's month), moved to the service revenue account
        }
        if (kind == EntryKind.TRANSFER || kind == EntryKind.REISSUE) {
            return netMinor() >= 0 ? DayEvent.Kind.TRANSFER_IN : DayEvent.Kind.TRANSFER_OUT;
        }
        return netMinor() >= 0 ? DayEvent.Kind.CREDIT : DayEvent.Kind.CHARGE;
    }
}
