package org.cardhub.it.meals;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * Runs test code as the demo canteen supplier's person (Keycloak subject …0007) with the role {@code canteen}, who
 * supplies none of the tests' schools (see glassfish-ejb-jar.xml).
 */
@Stateless
@DeclareRoles("canteen")
@RunAs("canteen")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsCanteen {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
