package org.cardhub.it.school;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as the demo director, Николай Кузнецов (Keycloak subject d3e0c0de-…-000000000008), with the role {@code director} (see director-tests/glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("director")
@RunAs("director")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsSchoolDirector {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
