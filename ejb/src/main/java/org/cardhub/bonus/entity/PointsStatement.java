package org.cardhub.bonus.entity;

import org.cardhub.money.Amount;

import java.time.LocalDate;

/**
 * A holder's points as of a day. {@code spent} is net of the points returned purchases gave back, so that at every
 * moment {@code earned − spent − expired − takenBack = available + pending}.
 *
 * @param expiringSoon the available points whose lots expire within the programme's warning days
 */
public record PointsStatement(LocalDate asOf, Amount earned, Amount pending, Amount available, Amount spent,
                              Amount expired, Amount takenBack, Amount expiringSoon) {
}
