package org.cardhub.bonus.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * A holder's points as of a day. {@code spent} is net of the points returned purchases gave back, so that at every
 * moment {@code earned − spent − expired − takenBack = available + pending}.
 *
 * @param expiringSoon the available points whose lots expire within the programme's warning days
 */
public record PointsStatement(LocalDate asOf, Amount earned, Amount pending, Amount available, Amount spent,
                              Amount expired, Amount takenBack, Amount expiringSoon) {

    static PointsStatement of(LocalDate asOf, List<PointsLot> lots, List<PointsMovement> movements, BonusRules rules) {
        Amount pending = remainingOf(lots, PointsLot::isPending);
        Amount available = remainingOf(lots, lot -> !lot.isPending() && !lot.isExpiredOn(asOf));
        Amount expiringSoon = remainingOf(lots, lot -> !lot.isPending() && !lot.isExpiredOn(asOf)
                && rules.isExpiringSoon(lot.expiresOn(), asOf));
        Amount spent = sum(movements, PointsMovement.Kind.SPENT).minus(sum(movements, PointsMovement.Kind.RETURNED));
        return new PointsStatement(asOf, sum(movements, PointsMovement.Kind.EARNED), pending, available, spent,
                sum(movements, PointsMovement.Kind.EXPIRED), sum(movements, PointsMovement.Kind.TAKEN_BACK), expiringSoon);
    }

    private static Amount remainingOf(List<PointsLot> lots, Predicate<PointsLot> which) {
        return lots.stream().filter(which).map(PointsLot::remaining).reduce(Amount.zero(Currency.POINTS), Amount::plus);
    }

    private static Amount sum(List<PointsMovement> movements, PointsMovement.Kind kind) {
        return movements.stream().filter(movement -> movement.kind() == kind).map(PointsMovement::points)
                .reduce(Amount.zero(Currency.POINTS), Amount::plus);
    }
}
