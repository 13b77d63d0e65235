package org.cardhub.school.entity;

import java.time.Instant;

/**
 * What became of a parent's attempt to link a child. A wrong code and an unknown number are one outcome, so nobody
 * learns which numbers exist; both count against the number typed.
 *
 * @param cardId       the linked card (LINKED, ALREADY_LINKED), else null
 * @param childName    the pupil's name on the linked card, else null
 * @param lockedUntil  until when the number is locked (LOCKED), else null
 * @param attemptsLeft wrong codes the number still takes before it locks (WRONG)
 * @param justLocked   this attempt's wrong code locked the number (LOCKED)
 * @param becameParent the caller was given the role {@code parent} by this link and signs in again to use it
 */
public record LinkResult(Outcome outcome, Long cardId, String childName, Instant lockedUntil, int attemptsLeft,
                         boolean justLocked, boolean becameParent) {

    public enum Outcome {
        LINKED,
        /** The caller had linked this child before: nothing changed. */
        ALREADY_LINKED,
        /** Unknown number or wrong code. */
        WRONG,
        /** Too many wrong codes: nothing is checked until the lock ends or the back office lifts it. */
        LOCKED,
        /** The right code, but the card is closed (or replaced): it cannot be linked. */
        CARD_CLOSED
    }

    public static LinkResult linked(long cardId, String childName, boolean becameParent) {
        return new LinkResult(Outcome.LINKED, cardId, childName, null, 0, false, becameParent);
    }

    public static LinkResult alreadyLinked(long cardId, String childName) {
        return new LinkResult(Outcome.ALREADY_LINKED, cardId, childName, null, 0, false, false);
    }

    public static LinkResult wrong(int attemptsLeft) {
        return new LinkResult(Outcome.WRONG, null, null, null, attemptsLeft, false, false);
    }

    public static LinkResult locked(Instant until, boolean justLocked) {
        return new LinkResult(Outcome.LOCKED, null, null, until, 0, justLocked, false);
    }

    public static LinkResult cardClosed() {
        return new LinkResult(Outcome.CARD_CLOSED, null, null, null, 0, false, false);
    }

    public boolean isLinked() {
        return outcome == Outcome.LINKED || outcome == Outcome.ALREADY_LINKED;
    }
}
