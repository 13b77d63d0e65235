package org.cardhub.notifications.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * What connecting (or resuming) a child's SMS informer came to: connected, charging {@code charged} for {@code month}
 * (zero when it was paid already); or refused because the school does not offer it, or because the child's main purse
 * has only {@code available} of the {@code charged} it would cost.
 */
public record InformerOutcome(Result result, YearMonth month, Amount charged, Amount available) implements Serializable {

    public enum Result { CONNECTED, ALREADY_CONNECTED, NOT_OFFERED, INSUFFICIENT_FUNDS, DECLINED }

    public boolean isConnected() {
        return result == Result.CONNECTED || result == Result.ALREADY_CONNECTED;
    }
}
