package org.cardhub.notifications.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Every few seconds, sends what the outbox holds. */
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    private static final int BATCH = 200;

    @EJB
    Notifications notifications;

    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
    public void dispatch() {
        for (Long id : notifications.pending(BATCH)) {
            notifications.deliver(id);
        }
    }
}
