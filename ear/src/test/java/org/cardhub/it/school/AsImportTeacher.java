package org.cardhub.it.school;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as {@code import-teacher} with the role {@code teacher}: a teacher of the tests' school, who does not keep its lists (see glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("teacher")
@RunAs("teacher")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsImportTeacher {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
