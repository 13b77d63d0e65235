package org.cardhub.signin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.cardhub.terminals.boundary.Terminals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A terminal calling an HTTP service signs the request with its key, as it signs its JMS messages:
 * {@code Authorization: Terminal <terminalId>:<unix seconds>:<hex HMAC-SHA256>} of
 * {@code terminalId \n seconds \n METHOD \n path?query}. The time must be within five minutes of the
 * server's, so a captured request cannot be replayed later; the key itself never travels.
 */
@ApplicationScoped
public class TerminalCredentials {

    static final String SCHEME = "Terminal ";
    private static final Duration SKEW = Duration.ofMinutes(5);

    @EJB
    Terminals terminals;

    /** The terminal id when the signature checks out. */
    public Optional<String> verify(HttpServletRequest request, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String[] parts = authorization.substring(SCHEME.length()).trim().split(":", 3);
        if (parts.length != 3 || !parts[1].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (Duration.between(signedAt, Instant.now()).abs().compareTo(SKEW) > 0) {
            return Optional.empty();
        }
        return terminals.verifyRequest(parts[0], canonical(parts[0], parts[1], request), parts[2])
                .map(terminal -> terminal.id());
    }

    static String canonical(String terminalId, String seconds, HttpServletRequest request) {
        String query = request.getQueryString();
        return terminalId + "\n" + seconds + "\n" + request.getMethod() + "\n" + request.getRequestURI()
                + (query == null ? "" : "?" + query);
    }
}
