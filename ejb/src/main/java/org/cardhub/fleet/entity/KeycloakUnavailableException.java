package org.cardhub.fleet.entity;

import jakarta.ejb.ApplicationException;

/**
 * Keycloak did not do what a change of the company's users needed (it did not answer, or answered with an error):
 * the change is rolled back, and whatever Keycloak had already done for it is undone.
 */
@ApplicationException(rollback = true)
public class KeycloakUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeycloakUnavailableException(String message) {
        super(message);
    }

    public KeycloakUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
