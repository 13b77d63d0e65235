package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as the user {@code fleet2} with the role {@code corporate}: a manager of one card group of a test company who may change limits and block cards (see CorporateAccessMatrixIT) (see glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("corporate")
@RunAs("corporate")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsGroupManager {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
