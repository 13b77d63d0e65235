package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as the user {@code fleet3} with the role {@code corporate}: the manager of another test company (see glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("corporate")
@RunAs("corporate")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsOtherCompany {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
