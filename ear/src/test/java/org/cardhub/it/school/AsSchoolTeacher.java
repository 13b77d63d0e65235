package org.cardhub.it.school;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as the demo teacher, Анна Иванова (Keycloak subject d3e0c0de-…-000000000006), with the role {@code teacher} (see director-tests/glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("teacher")
@RunAs("teacher")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsSchoolTeacher {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
