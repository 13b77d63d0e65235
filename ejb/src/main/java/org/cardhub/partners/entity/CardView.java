package org.cardhub.partners.entity;

import java.util.List;

/**
 * A card as a partner sees it: masked number only, its state, who holds it, the purses it draws on
 * (the contract's account for pooled contracts) and the limits that apply to it.
 */
public record CardView(long id, String contractNumber, String maskedNumber, String status, String blockReason,
                       String holderKind, String holderName, String expiresOn, List<BalanceView> balances,
                       List<LimitView> limits) {
}
