package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * Runs test code as the user {@code teacher} with the role {@code teacher} (see glassfish-ejb-jar.xml): a class teacher of the test schools. The
 * principal's name is the subject school fixtures give staff rows and supplier memberships.
 */
@Stateless
@DeclareRoles("teacher")
@RunAs("teacher")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsTeacher {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
