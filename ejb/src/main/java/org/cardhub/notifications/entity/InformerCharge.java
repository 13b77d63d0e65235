package org.cardhub.notifications.entity;

import org.cardhub.money.Amount;
import org.cardhub.payments.entity.OperationKey;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * What charging a child's SMS informer now would be: {@code amount} for {@code days} of {@code month} (the school's), under
 * the attempt's {@code key}, the main purse holding {@code available}; or why there is nothing to charge.
 */
public record InformerCharge(Kind kind, long cardId, YearMonth month, int attempt, OperationKey key, Amount amount,
                             int days, Amount available) implements Serializable {

    public enum Kind {
        /** The school's programme has no SMS informer. */
        NOT_OFFERED,
        /** Connected and paid: nothing to do. */
        NOT_DUE,
        /** Not connected, its month paid already: connecting charges nothing. */
        PAID_ALREADY,
        CHARGE
    }

    public static InformerCharge nothing(Kind kind, long cardId, YearMonth month) {
        return new InformerCharge(kind, cardId, month, 0, null, null, 0, null);
    }

    public boolean isCoveredByPurse() {
        return kind == Kind.CHARGE && !available.isLessThan(amount);
    }
}
