package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as the user {@code applicant1} with the role {@code applicant}: someone who registered and applies (see glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("applicant")
@RunAs("applicant")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsApplicant {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
