package org.cardhub.api.idempotency;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cardhub.api.problem.JsonbSettings;
import org.cardhub.api.problem.Problem;
import org.cardhub.api.problem.Problems;
import org.cardhub.partners.boundary.PartnerRequests;
import org.cardhub.partners.boundary.PartnerRequests.Claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a partner's write at most once per {@code Idempotency-Key}: the first request under a key does the
 * work and its answer is kept; a repeat of the same request gets that answer again (marked
 * {@value #REPLAYED}); a copy arriving while the first is still working is told to retry; the key sent
 * with a different request is refused. A refusal by the rules is an answer like any other and is kept;
 * a technical failure gives the key back, since nothing was written, so the partner can simply retry.
 */
@ApplicationScoped
public class IdempotentWrites {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";

    @EJB
    PartnerRequests requests;

    @Inject
    HttpServletRequest http;

    /** What a write answered: a status and a body (a value, or a {@link Problem}). */
    public record Written(int status, Object body) {
    }

    /**
     * Does {@code work} for this request once per key; without a key (where the operation allows that) simply
     * does it. {@code request} is the parsed body, null when there is none; together with the method and path
     * it is what a repeat must match.
     */
    public Response once(String key, Object request, Supplier<Written> work) {
        if (key == null) {
            return answer(perform(work));
        }
        Claim claim = requests.claim(key, fingerprint(request));
        if (claim instanceof Claim.Replay replay) {
            return Response.status(replay.status()).type(mediaTypeOf(replay.status())).entity(replay.body())
                    .header(REPLAYED, "true").build();
        }
        if (claim instanceof Claim.InFlight) {
            Response inFlight = problem(409, "IDEMPOTENCY_IN_FLIGHT",
                    "A request with this Idempotency-Key is being processed; retry shortly");
            return Response.fromResponse(inFlight).header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        if (claim instanceof Claim.Conflict) {
            return problem(422, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for a different request");
        }
        Written written;
        try {
            written = perform(work);
        } catch (RuntimeException technical) {
            requests.abandon(key);
            throw technical;
        }
        String body = JsonbSettings.JSONB.toJson(written.body());
        requests.settle(key, written.status(), body);
        return Response.status(written.status()).type(mediaTypeOf(written.status())).entity(body).build();
    }

    /** The work's answer, a refusal by the rules included; a technical failure is thrown. */
    private Written perform(Supplier<Written> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            Optional<Problem> refusal = Problems.ofRefusal(e, http.getRequestURI());
            if (refusal.isEmpty()) {
                throw e;
            }
            return new Written(refusal.get().status(), refusal.get());
        }
    }

    private static Response answer(Written written) {
        return Response.status(written.status()).type(mediaTypeOf(written.status())).entity(written.body()).build();
    }

    private Response problem(int status, String code, String detail) {
        return Problems.response(Problem.of(status, code, detail, http.getRequestURI()));
    }

    private String fingerprint(Object request) {
        String text = http.getMethod() + " " + http.getRequestURI() + "\n"
                + (request == null ? "" : JsonbSettings.JSONB.toJson(request));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String mediaTypeOf(int status) {
        return status >= 400 ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON;
    }
}
