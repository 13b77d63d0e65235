package org.cardhub.it.core;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code in one transaction of its own, as a group of terminal events is decided in one. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InOneTransaction {

    public <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
