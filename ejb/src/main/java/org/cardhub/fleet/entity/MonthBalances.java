package org.cardhub.fleet.entity;

import org.cardhub.money.Amount;

/**
 * What a contract's own rouble accounts held, summed from their postings, when a month began and when it ended (the
 * reconciliation act's opening and closing balances).
 */
public record MonthBalances(Amount opening, Amount closing) {
}
