package org.cardhub.fleet.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.cardhub.callers.PersonAccounts;
import org.cardhub.callers.Role;
import org.cardhub.fleet.control.KeycloakAccounts;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answer to {@link PersonAccounts}, with the same Keycloak client as the company users: wallets opened by phone.
 * Anyone may open their own wallet, so it checks no role; it gives only the role {@code wallet}. An account opened in a
 * transaction that then rolls back is deleted from Keycloak again; a closed wallet's account once the closure commits.
 */
@Stateless
@Local(PersonAccounts.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class KeycloakPersonAccounts implements PersonAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakPersonAccounts.class.getName());

    @Inject
    KeycloakAccounts keycloak;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public String open(String login, String firstName, String lastName, String phone, String password, Role role) {
        if (role != Role.WALLET) {
            throw new IllegalArgumentException("Only wallet holders open their own accounts here");
        }
        String subject = keycloak.createPerson(login, firstName, lastName, phone);
        undoUnlessCommitted(subject);
        keycloak.setPassword(subject, password);
        keycloak.grantRole(subject, role.roleName());
        return subject;
    }

    @Override
    public void changePassword(String subject, String password, boolean endSessions) {
        keycloak.setPassword(subject, password);
        if (endSessions) {
            keycloak.signOut(subject);
        }
    }

    @Override
    public void closeAfterCommit(String subject) {
        deleteAfter(subject, true, "Could not delete in Keycloak the account of a closed wallet");
    }

    private void undoUnlessCommitted(String subject) {
        deleteAfter(subject, false, "Could not delete in Keycloak the account of a wallet not opened");
    }

    /** Deletes the account after the transaction ends: committed, or not committed, as asked. */
    private void deleteAfter(String subject, boolean whenCommitted, String failure) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == whenCommitted) {
                    try {
                        keycloak.delete(subject);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, failure, e);
                    }
                }
            }
        });
    }
}
