package org.cardhub.meals.entity;

import org.cardhub.payments.entity.DeclineCode;

/**
 * Why a pupil could not be in a group meal when it was ordered, or why a pupil's part was not paid when it was served
 * ({@link #NOT_SETTLED}, {@link #BUDGET_SHORT}). The teacher's page says each in words.
 */
public enum GroupMealReason {
    /** The canteen purse cannot cover the meal. */
    FUNDS_SHORT,
    /** A limit a parent set would be exceeded. */
    LIMIT_EXCEEDED,
    /** A parent forbade a category of the meal's dishes. */
    CATEGORY_RESTRICTED,
    CARD_BLOCKED,
    /** The card is not activated yet, expired, or gone. */
    CARD_INACTIVE,
    CONTRACT_INACTIVE,
    /** The pupil already has a parent's pre-order for the day. */
    PRE_ORDERED,
    /** The pupil is already in another group meal of the day. */
    ALREADY_ORDERED,
    /** A beneficiary, and the school has no meal budget to pay from. */
    NO_BUDGET,
    /** Served, but the school's meal budget could not pay for the beneficiary's meal (tried again the next runs that day). */
    BUDGET_SHORT,
    /** Served, but the pupil's hold could no longer be settled (it had ended). */
    NOT_SETTLED,
    /** Declined by the money operations for another reason. */
    DECLINED;

    /** The reason a money operation's decline gives for the pupil. */
    public static GroupMealReason of(DeclineCode declined) {
        return switch (declined) {
            case INSUFFICIENT_FUNDS -> FUNDS_SHORT;
            case LIMIT_EXCEEDED -> LIMIT_EXCEEDED;
            case PRODUCT_NOT_ALLOWED -> CATEGORY_RESTRICTED;
            case CARD_BLOCKED -> CARD_BLOCKED;
            case CARD_EXPIRED, CARD_UNKNOWN -> CARD_INACTIVE;
            case CONTRACT_INACTIVE, WALLET_CAP -> CONTRACT_INACTIVE;
            default -> DECLINED;
        };
    }
}
