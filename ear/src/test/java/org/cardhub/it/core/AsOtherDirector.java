package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * Runs test code as the user {@code director2} with the role {@code director} (see glassfish-ejb-jar.xml): the director of another school. The
 * principal's name is the subject school fixtures give staff rows and supplier memberships.
 */
@Stateless
@DeclareRoles("director")
@RunAs("director")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsOtherDirector {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
