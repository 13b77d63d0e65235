package org.cardhub.it.sales;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as {@code sales-other-director}, another school's director, with the role {@code director} (see sales-tests/glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("director")
@RunAs("director")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsOtherDirector {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
