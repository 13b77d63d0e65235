package org.cardhub.api.problem;

import jakarta.ws.rs.core.Response;

/**
 * A status with its proper reason phrase. JAX-RS's {@link Response.Status} has no 422 or 429, and
 * Jersey names a status it does not know "CUSTOM" in the status line; so every answer the partner
 * API builds from a number goes through {@link #of}.
 */
public final class HttpStatus implements Response.StatusType {

    private final int code;
    private final String reasonPhrase;

    private HttpStatus(int code, String reasonPhrase) {
        this.code = code;
        this.reasonPhrase = reasonPhrase;
    }

    public static Response.StatusType of(int code) {
        Response.Status known = Response.Status.fromStatusCode(code);
        return known != null ? known : new HttpStatus(code, Problem.titleOf(code));
    }

    @Override
    public int getStatusCode() {
        return code;
    }

    @Override
    public Response.Status.Family getFamily() {
        return Response.Status.Family.familyOf(code);
    }

    @Override
    public String getReasonPhrase() {
        return reasonPhrase;
    }
}
