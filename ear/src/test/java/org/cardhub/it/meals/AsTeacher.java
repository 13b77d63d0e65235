package org.cardhub.it.meals;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as the demo teacher (Keycloak subject …0006) with the role {@code teacher} (see glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("teacher")
@RunAs("teacher")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsTeacher {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
