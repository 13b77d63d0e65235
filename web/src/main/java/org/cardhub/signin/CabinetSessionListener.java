package org.cardhub.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Each new HTTP session gets the cabinet's idle timeout ({@link IdleTimeout}, read as it is set now); an ended one is
 * forgotten by {@link CabinetSessions}, and if it ended by sitting idle, its Keycloak session is ended too.
 */
@WebListener
public class CabinetSessionListener implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    CabinetSessions sessions;

    @Inject
    KeycloakSessionEnd keycloak;

    IdleTimeout idleTimeout = IdleTimeout.ofTheConfiguration();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleTimeout.seconds());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        sessions.forget(session).filter(signedIn -> signedIn.refreshToken() != null && idledOut(session))
                .ifPresent(signedIn -> keycloak.end(signedIn.refreshToken()));
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.renamed(oldSessionId, event.getSession().getId());
    }

    /** Whether it ended by its idle timeout, not by a sign-out or a back-channel logout (both are requests just now). */
    static boolean idledOut(HttpSession session) {
        try {
            int idle = session.getMaxInactiveInterval();
            return idle > 0 && System.currentTimeMillis() - session.getLastAccessedTime() >= idle * 1000L - 1000L;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
