package org.cardhub.it.core;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** Runs test code as the user {@code fleet5} with the role {@code corporate}: a manager of one card group of a test company who may only move money (see glassfish-ejb-jar.xml). */
@Stateless
@DeclareRoles("corporate")
@RunAs("corporate")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsGroupTreasurer {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
