package org.cardhub.acquiring.boundary;

import org.cardhub.acquiring.entity.CancellationReason;
import org.cardhub.acquiring.entity.PaymentKind;
import org.cardhub.acquiring.entity.PaymentStatus;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/** A card payment as its payer (or a guardian of the card) sees it; moments are read in the school's {@code zone}. */
public record PaymentView(String paymentId, PaymentKind kind, long cardId, String holderName, String panMasked,
                          AccountPurpose purse, Amount amount, Amount fee, Amount charged, PaymentStatus status,
                          CancellationReason reason, Instant createdAt, Instant decidedAt, ZoneId zone) implements Serializable {

    public boolean isPending() {
        return status == PaymentStatus.PENDING;
    }
}
