package org.cardhub.it.sales;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as {@code sales-teacher}, a teacher of the school, with the role {@code teacher} (see sales-tests/glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("teacher")
@RunAs("teacher")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsTeacher {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
