package org.cardhub.it.sales;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as {@code sales-supplier}, the school's canteen supplier's person, with the role {@code canteen} (see sales-tests/glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("canteen")
@RunAs("canteen")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsSupplier {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
