package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as a back-office user: the boundaries see the role {@code backoffice}. */
@Stateless
@DeclareRoles("backoffice")
@RunAs("backoffice")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackOffice {

    public <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void run(Runnable work) {
        work.run();
    }
}
