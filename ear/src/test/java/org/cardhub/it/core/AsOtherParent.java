package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as the user {@code parent2} with the role {@code parent} (see glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("parent")
@RunAs("parent")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsOtherParent {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
