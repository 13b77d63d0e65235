package org.cardhub.meals.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Instant;

/**
 * Every hour, the canteen sales of every school day that has ended in its school's zone are settled to the school's
 * supplier ({@link SupplierSettlements#settleDue}). Not persistent: what is due is read from the settlements at every
 * run, so a run missed while the server was down is made good by the next; on a deployment group every instance runs
 * it, and each day is settled once however many ask.
 */
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupplierSettlementTimer {

    @EJB
    SupplierSettlements settlements;

    @Schedule(minute = "20", hour = "*", persistent = false)
    public void run() {
        settlements.settleDue(Instant.now());
    }
}
