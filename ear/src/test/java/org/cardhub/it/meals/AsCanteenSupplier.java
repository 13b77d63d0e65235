package org.cardhub.it.meals;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * Runs test code as {@code canteen-it} with the role {@code canteen} (see meals-tests/glassfish-ejb-jar.xml): a member
 * of the supplier organisation {@link CanteenSchool} makes for its school.
 */
@Stateless
@DeclareRoles("canteen")
@RunAs("canteen")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsCanteenSupplier {

    public static final String SUBJECT = "canteen-it";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
