package org.cardhub.api.problem;

import jakarta.ws.rs.core.Response;
import org.cardhub.refusal.Refusal;

import java.util.Optional;

/**
 * Which problem each refusal of the domain is. A request that is malformed in itself (a format, a
 * range, a missing reason) is 400; a well-formed request the rules refuse (zero amount, a card that
 * cannot change to that state) is 422; whatever the caller may not reach is 404, as if it did not exist.
 */
public final class Problems {

    private static final String TERMINAL_PATH = "/api/v1/terminal/";
    private static final String TERMINAL_SIGNATURE = "A terminal signs each request with its key: "
            + "Authorization: Terminal <terminalId>:<unix seconds>:<hex HMAC-SHA256 of terminalId, seconds, method and "
            + "path?query, joined by newlines>, within five minutes of the server's clock";

    private Problems() {
    }

    /**
     * The problem for a refusal by the domain or by this adapter; empty for a technical failure, a guard of the
     * books included. Whatever the caller may not reach is {@code NOT_FOUND}, whichever code it has.
     */
    public static Optional<Problem> ofRefusal(Throwable refusal, String instance) {
        if (refusal instanceof ApiProblem e) {
            return Optional.of(Problem.of(e.status(), e.code(), e.getMessage(), instance));
        }
        if (refusal instanceof Refusal e && e.code().kind() != Refusal.Kind.GUARD) {
            Refusal.Kind kind = e.code().kind();
            String code = kind == Refusal.Kind.NOT_FOUND ? "NOT_FOUND" : e.code().name();
            return Optional.of(Problem.of(statusOf(kind), code, e.getMessage(), instance));
        }
        return Optional.empty();
    }

    /** The HTTP status of each kind of refusal; a guard that fired is a failure on our side, answered as an incident. */
    public static int statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case MALFORMED -> 400;
            case REFUSED -> 422;
            case NOT_FOUND -> 404;
            case GUARD -> 500;
        };
    }

    /**
     * The problem for an HTTP-level refusal that says no more than its status (no such path, wrong method, ...).
     * Terminals sign their requests rather than send tokens, so their 401 and 403 say what a terminal must do.
     */
    public static Problem ofStatus(int status, String instance) {
        boolean terminal = instance != null && instance.contains(TERMINAL_PATH);
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "HTTP_" + status;
        };
        String detail = switch (status) {
            case 400 -> "The request is malformed (its request line or a header)";
            case 401 -> terminal ? TERMINAL_SIGNATURE : "A bearer access token of the realm cardhub is required (OAuth2 client credentials)";
            case 403 -> terminal ? "Only a registered terminal may use the terminal services" : "The caller's roles do not allow this; partner operations need partner-agent or partner-fleet, "
                    + "the bonus programme's tills partner-bonus";
            case 404 -> "There is nothing at this path";
            case 405 -> "This path does not take this method; the Allow header lists those it takes";
            case 406 -> "This operation answers in application/json only";
            case 415 -> "This operation takes application/json";
            default -> "The request was refused";
        };
        return Problem.of(status, code, detail, instance);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static String json(Problem problem) {
        return JsonbSettings.JSONB.toJson(problem);
    }
}
