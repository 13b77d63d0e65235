package org.cardhub.school.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;

/**
 * A child's card replaced by a new one — reissued at the same school or moved to another: the new card with its school
 * number and school, and the balances it took over.
 */
public record CardSwap(long oldCardId, String oldMasked, long newCardId, String newMasked, String schoolNumber,
                       String school, Amount general, Amount canteen) implements Serializable {
}
