package org.cardhub.lessons.entity;

/** The programme's word on lessons in debt when a subscription is bought for the group. */
public enum DebtRule {
    /** The new subscription pays for the debts dated within its validity, oldest first, while it has lessons. */
    NEXT_SUBSCRIPTION_SETTLES,
    /** Debts stay to be paid for apart; the new subscription serves only visits still to come. */
    DEBT_STAYS
}
