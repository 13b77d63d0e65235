package org.cardhub.partners.entity;

import java.util.List;

/** A contract a partner serves: its program, state, holder and the balances of its own accounts. */
public record ContractView(String number, String kind, String status, String holder, String balanceModel,
                           List<BalanceView> balances) {
}
