package org.cardhub.ledger.entity;

import org.cardhub.money.Currency;

/** The ledger's accounts for the world outside Cardhub; they may go negative. Created by the schema. */
public enum SystemAccount {
    CASH_IN(Currency.RUB),
    AGENT_SETTLEMENT(Currency.RUB),
    BANK_CARD_ACQUIRING(Currency.RUB),
    /**
     * Money taken from a wallet for a payout to a bank card and not yet paid by the acquirer: it leaves for
     * {@link #BANK_CARD_ACQUIRING} once the acquirer says the payout succeeded, or goes back to the wallet if it is canceled.
     */
    PAYOUTS_IN_TRANSIT(Currency.RUB),
    /** Fees payers paid on top of their bank-card top-ups: Cardhub's revenue. */
    TOP_UP_FEES(Currency.RUB),
    MERCHANT_PAYABLE(Currency.RUB),
    CORRECTIONS(Currency.RUB),
    /** What the programmes' paid services (the SMS informer) earned from the purses they were charged to. */
    SERVICE_REVENUE(Currency.RUB),
    /**
     * The programme's commission on school canteen sales, kept apart from the supplier's share when a day's sales leave
     * {@link #MERCHANT_PAYABLE}: Cardhub's revenue.
     */
    CANTEEN_COMMISSION(Currency.RUB),
    /**
     * Lessons paid for and not yet given (deferred revenue of the education centres): a subscription's payments wait here
     * and reach the centre's account lesson by lesson; negative where lessons were given before being paid for.
     */
    LESSONS_DEFERRED(Currency.RUB),
    /** Bonus points the programme issued to holders, less those taken back by returned purchases. */
    BONUS_POINTS_ISSUED(Currency.POINTS),
    /** Bonus points that paid for purchases (1 point = 1 ₽ of discount), less those given back by returns. */
    BONUS_POINTS_REDEEMED(Currency.POINTS),
    /** Bonus points that outlived their lifetime unspent. */
    BONUS_POINTS_EXPIRED(Currency.POINTS),
    LITRES_ISSUED(Currency.LITRE),
    LITRES_DISPENSED(Currency.LITRE),
    CORRECTIONS_LITRES(Currency.LITRE);

    private final Currency currency;

    SystemAccount(Currency currency) {
        this.currency = currency;
    }

    public Currency currency() {
        return currency;
    }

    public static SystemAccount correctionsFor(Currency currency) {
        return currency == Currency.LITRE ? CORRECTIONS_LITRES : CORRECTIONS;
    }
}
