package org.cardhub.testing;

import jakarta.transaction.TransactionSynchronizationRegistry;
import org.cardhub.ledger.control.HeldAccounts;
import org.cardhub.transactions.TransactionMemory;

import java.lang.reflect.Field;

/**
 * For beans wired by hand in tests without a container: the transaction registry of a thread with no JTA transaction
 * (what a bean outside the container sees), so nothing is read or locked ahead and every look-up asks the database.
 */
public final class NoTransaction implements TransactionSynchronizationRegistry {

    public static final NoTransaction REGISTRY = new NoTransaction();

    private NoTransaction() {
    }

    /** The bean, with what it keeps for a transaction (if anything) seeing a thread with no transaction. */
    public static <T> T wire(T bean) {
        for (Field field : bean.getClass().getDeclaredFields()) {
            if (field.getType() == TransactionSynchronizationRegistry.class) {
                set(bean, field, REGISTRY);
            } else if (field.getType() == TransactionMemory.class) {
                set(bean, field, wire(new TransactionMemory()));
            } else if (field.getType() == HeldAccounts.class) {
                set(bean, field, wire(new HeldAccounts()));
            }
        }
        return bean;
    }

    private static void set(Object bean, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Object getTransactionKey() {
        return null;
    }

    @Override
    public void putResource(Object key, Object value) {
        throw new IllegalStateException("No transaction");
    }

    @Override
    public Object getResource(Object key) {
        throw new IllegalStateException("No transaction");
    }

    @Override
    public void registerInterposedSynchronization(jakarta.transaction.Synchronization sync) {
        throw new IllegalStateException("No transaction");
    }

    @Override
    public int getTransactionStatus() {
        return jakarta.transaction.Status.STATUS_NO_TRANSACTION;
    }

    @Override
    public void setRollbackOnly() {
        throw new IllegalStateException("No transaction");
    }

    @Override
    public boolean getRollbackOnly() {
        throw new IllegalStateException("No transaction");
    }
}
