package org.cardhub.acquiring.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.acquiring.control.AutoAttempts;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Auto top-ups from saved bank cards: after a trigger (a purchase of the card), starts one charge per rule whose purse
 * fell below its threshold and settles it. A trigger seen twice, or a second trigger while a charge is pending, starts
 * nothing; a failed charge suspends its rule (see {@link org.cardhub.acquiring.control.Decisions}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AutoCharges {

    private static final Logger LOG = Logger.getLogger(AutoCharges.class.getName());

    @EJB
    AutoAttempts attempts;

    @EJB
    Settlement settlement;

    /** {@code trigger} names the event, e.g. {@code e1234} for the purchase posted as journal entry 1234. */
    @Asynchronous
    public void chargeIfLow(long cardId, String trigger) {
        List<Long> started;
        try {
            started = attempts.begin(cardId, trigger);
        } catch (RuntimeException e) {
            // a concurrent trigger of the same card holds its rules or inserted first: that one charges
            LOG.log(Level.INFO, "Auto top-up of card " + cardId + " on " + trigger + " not started", e);
            return;
        }
        for (Long paymentId : started) {
            try {
                settlement.settle(paymentId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Auto top-up charge " + paymentId + " left to the poll", e);
            }
        }
    }
}
