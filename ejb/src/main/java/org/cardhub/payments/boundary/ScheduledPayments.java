package org.cardhub.payments.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.money.Amount;
import org.cardhub.payments.control.Transfers;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;

/**
 * A wallet's payment its holder scheduled beforehand (an auto-payment), made by a timer with nobody signed in. An
 * in-transaction face: it checks no caller — the wallets component checked that the schedule is the wallet holder's
 * own, and keeps it — and joins the caller's transaction, so the schedule's row moves on with the payment or not at
 * all. The caps and the wallet's money decline it as they decline {@link Payments#payFromWallet}; idempotent by its
 * key, a declined payment included. Everyone else goes through {@link Payments}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ScheduledPayments {

    @EJB
    Transfers transfers;

    public Outcome payFromWallet(OperationKey key, PurseRef from, PurseRef to, Amount amount, String source) {
        return transfers.payScheduled(key, from, to, amount, source);
    }
}
