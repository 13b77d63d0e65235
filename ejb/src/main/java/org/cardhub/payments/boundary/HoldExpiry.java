package org.cardhub.payments.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.payments.control.Holds;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute, releases authorisations that were neither completed nor reversed in time. */
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HoldExpiry {

    private static final Logger LOG = Logger.getLogger(HoldExpiry.class.getName());
    private static final int BATCH = 500;

    @EJB
    Ledger ledger;

    @EJB
    Holds holds;

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void releaseExpired() {
        for (Long holdId : ledger.expiredHolds(Instant.now(), BATCH)) {
            try {
                holds.expire(holdId);
            } catch (EJBException e) {
                LOG.log(Level.WARNING, "Hold " + holdId + " could not be expired now; next minute again", e);
            }
        }
    }
}
