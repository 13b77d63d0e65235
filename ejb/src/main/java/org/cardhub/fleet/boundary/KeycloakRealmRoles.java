package org.cardhub.fleet.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.cardhub.callers.RealmRoles;
import org.cardhub.callers.Role;
import org.cardhub.fleet.control.KeycloakAccounts;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answer to {@link RealmRoles}, with the same Keycloak client as the company users: a self-registered applicant
 * who linked a child becomes a parent. Only the role {@code parent}, and only to the caller themselves: no one makes
 * anyone else anything through here. Undone in Keycloak when the caller's transaction rolls back.
 */
@Stateless
@Local(RealmRoles.class)
@RolesAllowed({Role.Names.APPLICANT, Role.Names.PARENT})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class KeycloakRealmRoles implements RealmRoles {

    private static final Logger LOG = Logger.getLogger(KeycloakRealmRoles.class.getName());

    @Inject
    KeycloakAccounts keycloak;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    SessionContext session;

    @Override
    public boolean grant(String subject, Role role) {
        if (role != Role.PARENT || !subject.equals(session.getCallerPrincipal().getName())) {
            throw new IllegalArgumentException("Only the caller's own role " + Role.Names.PARENT + " is given here");
        }
        if (!keycloak.heldOf(subject, Set.of(role.roleName())).isEmpty()) {
            return false;
        }
        keycloak.grantRole(subject, role.roleName());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        keycloak.revokeRole(subject, role.roleName());
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Could not take back in Keycloak the role of a rolled back link", e);
                    }
                }
            }
        });
        return true;
    }
}
