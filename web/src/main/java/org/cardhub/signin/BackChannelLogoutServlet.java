package org.cardhub.signin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Keycloak's back-channel logout (OpenID Connect Back-Channel Logout 1.0): when a person's Keycloak session ends — a
 * sign-out elsewhere, an administrator ending their sessions — Keycloak posts a signed {@code logout_token} here, server
 * to server, and every cabinet session signed in with that Keycloak session ends, so the next page asks for a sign-in —
 * on this server at once, on the others through {@link SignOutBroadcast}.
 * A machine path: no browser session, no OpenID Connect redirect ({@link MachinePaths}). 200 when the token is good
 * (even if no session of it is left here), 400 with a JSON error otherwise.
 */
@WebServlet(BackChannelLogoutServlet.PATH)
public class BackChannelLogoutServlet extends HttpServlet {

    static final String PATH = "/signout/backchannel";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BackChannelLogoutServlet.class.getName());

    @Inject
    LogoutTokens tokens;

    @Inject
    CabinetSessions sessions;

    @Inject
    SignOutBroadcast broadcast;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String sid;
        try {
            sid = tokens.sessionEnded(request.getParameter("logout_token"));
        } catch (LogoutTokenRefused refused) {
            LOG.warning(() -> "Back-channel logout refused: " + refused.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(Json.createObjectBuilder().add("error", "invalid_request")
                    .add("error_description", "The logout token is not valid: " + refused.getMessage()).build().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        int ended = sessions.endAllOf(sid);
        broadcast.tellEveryServer(sid);
        LOG.info(() -> "Back-channel logout ended " + ended + " cabinet session(s) here and told the other servers");
        response.setStatus(HttpServletResponse.SC_OK);
    }
}
