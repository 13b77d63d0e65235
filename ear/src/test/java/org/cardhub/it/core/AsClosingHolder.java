package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as the user {@code wallet3} with the role {@code wallet} (see glassfish-ejb-jar.xml): a holder whose wallet the tests close (WalletFixtures.THIRD). */
@Stateless
@DeclareRoles("wallet")
@RunAs("wallet")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsClosingHolder {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
