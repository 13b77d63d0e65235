package org.cardhub.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The cabinets' HTTP sessions by the Keycloak session they were signed in with (the ID token's {@code sid}), so a
 * back-channel logout ends each of them. Each server knows the sessions it holds: a session copied in from a server
 * that was lost is taken over at its first request here ({@link #tookOver}), and a logout that reaches one server
 * reaches the others through {@link SignOutBroadcast}. The refresh token is kept to end the Keycloak session when a
 * cabinet session idles out.
 */
@ApplicationScoped
public class CabinetSessions {

    private static final Logger LOG = Logger.getLogger(CabinetSessions.class.getName());

    /** A signed-in HTTP session: its Keycloak session and refresh token (null when Keycloak gave none). */
    record SignedIn(String sid, String refreshToken) {

        @Override
        public String toString() {
            return "SignedIn[" + sid + "]";
        }
    }

    @Inject
    OpenIdContext openId;

    /** By the HTTP session's id: the container may hand out more than one facade of one session. */
    private final Map<String, Held> bySession = new ConcurrentHashMap<>();

    private record Held(HttpSession session, SignedIn signedIn) {
    }

    /** Keycloak has just signed the request's person in: their HTTP session belongs to the ID token's {@code sid}. */
    public void signedIn(HttpServletRequest request) {
        Object sid = openId.getIdentityToken().getClaims().get("sid");
        if (!(sid instanceof String session) || session.isBlank()) {
            LOG.warning("An ID token without sid: a back-channel logout cannot reach this session");
            return;
        }
        signedIn(request.getSession(), session, openId.getRefreshToken().map(RefreshToken::getToken).orElse(null));
    }

    void signedIn(HttpSession session, String sid, String refreshToken) {
        bySession.put(session.getId(), new Held(session, new SignedIn(sid, refreshToken)));
    }

    /**
     * Whether the request's signed-in session was signed in on another server, which was lost (the cluster copied the
     * session here): from now on this server holds it, as if it had been signed in here.
     */
    public boolean tookOver(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || bySession.containsKey(session.getId()) || openId.getIdentityToken() == null) {
            return false;
        }
        signedIn(request);
        // held even when its ID token names no Keycloak session, so it is taken over once, not at every request
        bySession.putIfAbsent(session.getId(), new Held(session, new SignedIn(null, null)));
        return true;
    }

    /** Invalidates every HTTP session of the Keycloak session; how many there were. */
    public int endAllOf(String sid) {
        List<String> ended = bySession.entrySet().stream().filter(entry -> sid.equals(entry.getValue().signedIn().sid()))
                .map(Map.Entry::getKey).toList();
        for (String id : ended) {
            // forgotten first: the listener then has no Keycloak session to end, Keycloak ended it already
            Held held = bySession.remove(id);
            if (held == null) {
                continue;
            }
            try {
                held.session().invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // it ended by itself meanwhile
            }
        }
        return ended.size();
    }

    /** The container gave the session a new id (against session fixation). */
    void renamed(String oldId, String newId) {
        Held held = bySession.remove(oldId);
        if (held != null) {
            bySession.put(newId, held);
        }
    }

    /** The HTTP session ended: what it was signed in with, if anything. */
    Optional<SignedIn> forget(HttpSession session) {
        return Optional.ofNullable(bySession.remove(session.getId())).map(Held::signedIn);
    }
}
