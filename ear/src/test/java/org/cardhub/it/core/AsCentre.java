package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as the user {@code center} with the role {@code center} (see glassfish-ejb-jar.xml): an education centre's staff. */
@Stateless
@DeclareRoles("center")
@RunAs("center")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsCentre {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
