package org.cardhub.payments.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.money.Amount;
import org.cardhub.payments.control.TopUps;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Recorded;
import org.cardhub.payments.entity.TopUpChannel;

/**
 * A top-up that commits or rolls back with its caller's own changes: it joins the caller's transaction and never
 * starts one, so a component above (a bank-card payment's settlement) changes its row and credits the purse at once,
 * and runs the whole again itself when it loses a race. Idempotent by its key like every top-up; the payer's fee, if
 * any, lands on {@code TOP_UP_FEES} in the same entry. Everyone else goes through {@link Payments}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AtomicTopUps {

    @EJB
    TopUps topUps;

    public Recorded topUpWithFee(OperationKey key, PurseRef target, Amount amount, Amount fee, TopUpChannel channel,
                                 String source, String note) {
        return topUps.topUp(key, target, amount, fee, channel, source, note);
    }
}
