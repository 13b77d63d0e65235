package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * Runs test code as a second back-office person, {@code admin2}, with the role {@code backoffice} (see
 * glassfish-ejb-jar.xml): the four eyes of corrections, besides {@link BackOffice}.
 */
@Stateless
@DeclareRoles("backoffice")
@RunAs("backoffice")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsOtherBackOffice {

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
