package org.cardhub.it.school;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as a director made up for the tests, {@code it-director-elsewhere}, who leads another school, with the role {@code director} (see director-tests/glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("director")
@RunAs("director")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsOtherSchoolDirector {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
