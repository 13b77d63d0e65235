package org.cardhub.tools.acquirer;

import java.util.Arrays;
import java.util.Optional;

/**
 * The cards whose payouts end otherwise than paid at once; any other valid card number is paid at once, as in
 * YooKassa's test gateway. A pending one is decided when it is next read ({@code GET /payouts/{id}}).
 */
enum TestPayoutCard {
    INSUFFICIENT_FUNDS("5555 5555 5555 4592", false, Cancellation.ACQUIRER, "insufficient_funds",
            "отменена: на балансе выплат недостаточно денег"),
    DECLINED("4000 0000 0000 0002", false, Cancellation.PAYMENT_NETWORK, "general_decline",
            "отменена: банк карты отклонил выплату"),
    LIMIT_REACHED("4000 0000 0000 0069", false, Cancellation.ACQUIRER, "periodic_limit_exceeded",
            "отменена: исчерпан лимит выплат на карту"),
    PENDING_THEN_PAID("2200 0000 0000 0004", true, null, null,
            "в обработке, при следующем запросе проведена"),
    PENDING_THEN_DECLINED("2200 0000 0000 0012", true, Cancellation.PAYMENT_NETWORK, "general_decline",
            "в обработке, при следующем запросе отменена банком карты");

    private final String number;
    private final boolean pendingFirst;
    private final String party;
    private final String reason;
    private final String outcome;

    TestPayoutCard(String number, boolean pendingFirst, String party, String reason, String outcome) {
        this.number = number;
        this.pendingFirst = pendingFirst;
        this.party = party;
        this.reason = reason;
        this.outcome = outcome;
    }

    static Optional<TestPayoutCard> numbered(String digits) {
        return Arrays.stream(values()).filter(card -> card.number.replace(" ", "").equals(digits)).findFirst();
    }

    /** Whether the payout stays pending until it is next read. */
    boolean pendingFirst() {
        return pendingFirst;
    }

    /** Why it is canceled; null when it is paid. */
    Cancellation cancellation() {
        return reason == null ? null : new Cancellation(party, reason);
    }

    String number() {
        return number;
    }

    /** What happens with a payout to it, in Russian. */
    String outcome() {
        return outcome;
    }
}
