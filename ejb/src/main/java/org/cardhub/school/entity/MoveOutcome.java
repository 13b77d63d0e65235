package org.cardhub.school.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;

/**
 * What became of a parent's move: moved; already moved by an earlier submit of the same request (nothing moved now);
 * more than the paying purse has ({@code available} says how much it has; nothing moved); or refused for another reason
 * ({@code refusal} names it: the card replaced or closed, the school's contract inactive…; nothing moved).
 *
 * @param available what the paying purse has available afterwards (moved) or now (not moved)
 */
public record MoveOutcome(Status status, Amount amount, Amount available, String refusal) implements Serializable {

    public enum Status { MOVED, ALREADY_DONE, INSUFFICIENT, REFUSED }

    public static MoveOutcome moved(Amount amount, Amount available) {
        return new MoveOutcome(Status.MOVED, amount, available, null);
    }

    public static MoveOutcome alreadyDone(Amount amount) {
        return new MoveOutcome(Status.ALREADY_DONE, amount, null, null);
    }

    public static MoveOutcome insufficient(Amount amount, Amount available) {
        return new MoveOutcome(Status.INSUFFICIENT, amount, available, null);
    }

    public static MoveOutcome refused(Amount amount, String refusal) {
        return new MoveOutcome(Status.REFUSED, amount, null, refusal);
    }

    public boolean moved() {
        return status == Status.MOVED;
    }

    /** Whether the request's id may be used again: only when its first submit moved, so that a repeat moves nothing. */
    public boolean keepsRequest() {
        return status == Status.MOVED || status == Status.ALREADY_DONE;
    }
}
