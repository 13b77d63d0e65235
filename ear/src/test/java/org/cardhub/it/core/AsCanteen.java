package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * Runs test code as the user {@code canteen} with the role {@code canteen} (see glassfish-ejb-jar.xml): a member of a test school's canteen supplier. The
 * principal's name is the subject school fixtures give staff rows and supplier memberships.
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
