package org.cardhub.it.school;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * Runs test code with the role {@code director} as the director of another school only: its principal is named by the
 * deployment's glassfish-ejb-jar.xml ({@code it-director-elsewhere} in director-tests, {@code import-director2} in
 * school-import-tests).
 */
@Stateless
@DeclareRoles("director")
@RunAs("director")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsOtherSchoolDirector {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
