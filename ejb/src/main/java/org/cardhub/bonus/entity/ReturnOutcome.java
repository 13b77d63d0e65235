package org.cardhub.bonus.entity;

import org.cardhub.money.Amount;

/**
 * What returning a check did: the points that had paid for it given back, the points it earned taken back, and the
 * shortfall of those already spent that the holder's points could not cover (the shop may keep it from the refund,
 * 1 point = 1 ₽). {@code replayed}: the check had been returned before and this is that answer again.
 */
public record ReturnOutcome(String purchaseId, Amount givenBack, Amount takenBack, Amount shortfall,
                            boolean replayed) {
}
