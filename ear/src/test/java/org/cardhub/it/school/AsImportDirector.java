package org.cardhub.it.school;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as {@code import-director} with the role {@code director}: the director (and so a keeper of the lists) of the tests' schools (see glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("director")
@RunAs("director")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsImportDirector {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
