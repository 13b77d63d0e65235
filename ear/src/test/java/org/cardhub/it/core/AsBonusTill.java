package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as the client {@code bonus-till-it} with the role {@code partner-bonus} (see glassfish-ejb-jar.xml): a till of the bonus programme. */
@Stateless
@DeclareRoles("partner-bonus")
@RunAs("partner-bonus")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsBonusTill {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
