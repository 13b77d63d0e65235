package org.cardhub.signin;

/** A logout token that does not end a session: why, for the 400 answer to Keycloak and the log. */
final class LogoutTokenRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LogoutTokenRefused(String why) {
        super(why, null, false, false);
    }
}
