package org.cardhub.payments.entity;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import java.sql.SQLException;
import java.util.Set;

/** Whether a transaction failed only because a concurrent one got there first; then it may be run again. */
public final class LostRace {

    /** unique violation, serialization failure, deadlock (PostgreSQL and H2 agree on these). */
    private static final Set<String> STATES = Set.of("23505", "40001", "40P01");

    private LostRace() {
    }

    public static boolean isLostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
