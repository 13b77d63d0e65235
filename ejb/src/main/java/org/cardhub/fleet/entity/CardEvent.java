package org.cardhub.fleet.entity;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.CardStatus;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A line of a card's history: a change of its status (from, to, why) or of its limits or restrictions (old → new),
 * who made it and when.
 *
 * @param from        the status before, null for the first one or for a limit change
 * @param blockReason why a block was made, when the reason is one a block takes (it is then shown as a label)
 * @param note        the reason in words, as given (a reissue's or closing's), or null
 * @param before      a limit or restriction before the change, null when it was added
 * @param after       after the change, null when it was removed
 */
public record CardEvent(Instant at, String actor, Kind kind, CardStatus from, CardStatus to, BlockReason blockReason,
                        String note, String before, String after) implements Serializable {

    public enum Kind { STATUS, LIMIT, RESTRICTION }

    /** Newest first. */
    public static final Comparator<CardEvent> NEWEST_FIRST = Comparator.comparing(CardEvent::at,
            Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).reversed();

    /** A status change as the audit trail keeps it: statuses and a block's reason by name, other reasons in words. */
    public static CardEvent ofStatus(Instant at, String actor, String from, String to, String reason) {
        BlockReason blockReason = CardStatus.BLOCKED.name().equals(to) ? named(BlockReason.class, reason) : null;
        return new CardEvent(at, actor, Kind.STATUS, named(CardStatus.class, from), named(CardStatus.class, to),
                blockReason, blockReason == null && reason != null && !reason.isBlank() ? reason : null, null, null);
    }

    /** A change of a limit ({@code what} is "limit 17") or of the card's restrictions ({@code what} is "restriction"). */
    public static CardEvent ofLimitChange(Instant at, String actor, String what, String before, String after) {
        Kind kind = what != null && what.startsWith("restriction") ? Kind.RESTRICTION : Kind.LIMIT;
        return new CardEvent(at, actor, kind, null, null, null, null, before, after);
    }

    /** A limit's value before the change, in words the page can translate; null when added, or not readable. */
    public CardLimit limitBefore() {
        return kind == Kind.LIMIT ? CardLimit.parse(before).orElse(null) : null;
    }

    public CardLimit limitAfter() {
        return kind == Kind.LIMIT ? CardLimit.parse(after).orElse(null) : null;
    }

    /** The card's restrictions before the change, readable by the page; null when there were none, or not readable. */
    public CardRestrictions restrictionsBefore() {
        return kind == Kind.RESTRICTION ? CardRestrictions.parse(before).orElse(null) : null;
    }

    public CardRestrictions restrictionsAfter() {
        return kind == Kind.RESTRICTION ? CardRestrictions.parse(after).orElse(null) : null;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(name)).findFirst().orElse(null);
    }
}
