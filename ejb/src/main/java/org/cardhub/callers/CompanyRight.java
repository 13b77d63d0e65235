package org.cardhub.callers;

/**
 * What a company's person may change beyond looking, as the company's administrator grants it. Staff and the
 * other people (parents, card holders) are not limited by these: {@link ObjectAccess} asks them only of the
 * people acting for an organisation.
 */
public enum CompanyRight {
    /** Set, change and remove limits and restrictions, and apply group templates. */
    CHANGE_LIMITS,
    /** Block, unblock, reissue and close cards. */
    BLOCK_CARDS,
    /** Move money or litres between the contract account and cards. */
    MOVE_MONEY,
    /** Invite, change and remove the company's users. */
    MANAGE_USERS
}
