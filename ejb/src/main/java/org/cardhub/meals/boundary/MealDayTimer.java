package org.cardhub.meals.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Instant;

/**
 * Every five minutes, the school day's meal work that is due ({@link MealDay}). Not persistent: what is due is read
 * from the orders and the clock at every run, so a run missed while the server was down is made good by the next.
 */
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MealDayTimer {

    @EJB
    MealDay mealDay;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void run() {
        mealDay.runAt(Instant.now());
    }
}
