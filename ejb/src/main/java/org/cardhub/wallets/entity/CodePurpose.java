package org.cardhub.wallets.entity;

/**
 * What a one-time code is for. Codes of one purpose never stand in for another's, and each purpose of a number counts
 * its wrong codes and its block on its own.
 */
public enum CodePurpose {
    /** The person opens a wallet with the phone as its login. */
    OPEN_WALLET("открытия кошелька"),
    /** The holder sets a new password. */
    RESET_PASSWORD("смены пароля"),
    /** The holder confirms an operation that needs a second factor: a large transfer, a payout, a closure, a new card. */
    CONFIRM_OPERATION("подтверждения операции"),
    /** The holder registers a bonus card of the bonus programme to the wallet. */
    BONUS_CARD("привязки бонусной карты");

    private final String inMessage;

    CodePurpose(String inMessage) {
        this.inMessage = inMessage;
    }

    /** The words an SMS uses for it: «код … для открытия кошелька». */
    public String inMessage() {
        return inMessage;
    }
}
