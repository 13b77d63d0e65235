package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as the user {@code pupil} with the role {@code pupil} (see glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("pupil")
@RunAs("pupil")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsPupil {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
