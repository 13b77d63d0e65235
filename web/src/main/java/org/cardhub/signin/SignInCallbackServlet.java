package org.cardhub.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.cardhub.cabinet.guard.NoticePage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Keycloak sends the browser back here with the authorization code; by the time this runs the OpenID
 * Connect mechanism has exchanged it and the person is signed in, so their session is recorded under their Keycloak
 * session (for a back-channel logout) and they go on to their cabinet. Without
 * a sign-in under way (an old bookmark, a replayed link, a session that ended) there is nobody to sign in:
 * the browser is told the page expired and offered to sign in again.
 */
@WebServlet(SignInCallbackServlet.PATH)
public class SignInCallbackServlet extends HttpServlet {

    static final String PATH = "/callback";
    private static final long serialVersionUID = 1L;

    @Inject
    transient CabinetSessions sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            NoticePage.EXPIRED.send(request, response, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        sessions.signedIn(request);
        response.sendRedirect(request.getContextPath() + "/cabinet");
    }
}
