package org.cardhub.bonus.entity;

import org.cardhub.money.Amount;

import java.time.LocalDate;

/**
 * One movement of a holder's points as the statement lists it: what happened, on what day, how many points, and the
 * purchase it is about — one of the programme's checks (its till's purchase id) or a wallet purchase elsewhere.
 */
public record MovementLine(long seqNo, LocalDate date, PointsMovement.Kind kind, Amount points, Source source,
                           String purchase) {

    public enum Source {
        /** A check of the programme's tills, paid with the bonus card. */
        IN_NETWORK,
        /** A wallet card's purchase at an ordinary terminal (cashback). */
        ELSEWHERE
    }

    public static MovementLine of(long seqNo, PointsMovement movement) {
        String id = movement.purchaseId();
        boolean elsewhere = id.startsWith("E-");
        return new MovementLine(seqNo, movement.date(), movement.kind(), movement.points(),
                elsewhere ? Source.ELSEWHERE : Source.IN_NETWORK, id.startsWith("C-") || elsewhere ? id.substring(2) : id);
    }

    /** The points with the sign of what they did to the holder's points: spent, expired, taken back are negative. */
    public Amount signedPoints() {
        return switch (kind) {
            case EARNED, ACTIVATED, RETURNED -> points;
            case SPENT, EXPIRED, TAKEN_BACK -> points.negate();
        };
    }
}
