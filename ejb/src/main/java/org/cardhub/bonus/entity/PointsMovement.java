package org.cardhub.bonus.entity;

import org.cardhub.money.Amount;

import java.time.LocalDate;
import java.util.List;

/**
 * One change of a holder's points, of one lot, dated the day it happened: {@code points} (positive) move from one
 * account to another, so that a ledger can post it later as a balanced entry.
 *
 * @param purchaseId the purchase it is about: the one that earned the lot, or for a spend or a give-back the one
 *                   paid with points, or for a take-back the one returned
 */
public record PointsMovement(Kind kind, long lotId, String purchaseId, LocalDate date, Amount points,
                             PointsAccount from, PointsAccount to) {

    public enum Kind {
        /** A purchase earned the lot: issued by the programme, pending for the holder. */
        EARNED,
        /** The lot's pending points became spendable. */
        ACTIVATED,
        /** Points of the lot paid for a purchase. */
        SPENT,
        /** The lot reached its expiry day with points left. */
        EXPIRED,
        /** A returned purchase took back points: its own lot's, or others' for those of its lot already spent. */
        TAKEN_BACK,
        /** A returned purchase gave back to the lot the points that had paid for it. */
        RETURNED
    }

    /** The entry's two postings: the points leave {@code from} and arrive at {@code to}. */
    public List<PointsPosting> postings() {
        return List.of(new PointsPosting(from, points.negate()), new PointsPosting(to, points));
    }

    public record PointsPosting(PointsAccount account, Amount amount) {
    }
}
