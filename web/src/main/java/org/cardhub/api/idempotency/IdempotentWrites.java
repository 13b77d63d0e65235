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
import org.cardhub.partners.entity.PartnerRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs a partner's write at most once per {@code Idempotency-Key}: the first request under a key does the
 * work and its answer is kept; a repeat of the same request gets that answer again (marked
 * {@value #REPLAYED}); a copy arriving while the first is still working is told to retry; the key sent
 * with a different request is refused. A refusal by the rules is an answer like any other and is kept;
 * a technical failure gives the key back, since nothing was written, so the partner can simply retry.
 *
 * <p>Writes that keep their own outcome per key (top-ups: the money core records each key's outcome in the
 * operation's own transaction) go through {@link #exclusive} instead, which adds no writes of its own.</p>
 */
@ApplicationScoped
public class IdempotentWrites {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";

    @EJB
    PartnerRequests requests;

    @Inject
    HttpServletRequest http;

    /** Keys of this server's partner writes being worked on right now, as "client key". */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /** What a write answered: a status, a body (a value, or a {@link Problem}) and whether it is an earlier answer. */
    public record Written(int status, Object body, boolean replayed) {
        public Written(int status, Object body) {
            this(status, body, false);
        }
    }

    /**
     * Runs a write that is itself idempotent by {@code key} and says whether its answer is a replay; a copy of
     * it arriving while it works is told to retry (409). Across servers the copy instead waits for the first
     * and is answered as a replay: the operation's own key, not this check, is what keeps it to one effect.
     */
    public Response exclusive(String key, Supplier<Written> work) {
        if (key == null) {
            return problem(400, "IDEMPOTENCY_KEY_REQUIRED", "This write needs an Idempotency-Key header");
        }
        PartnerRequest.requireValidKey(key);
        String claim = http.getUserPrincipal().getName() + " " + key;
        if (!inFlight.add(claim)) {
            return inFlight();
        }
        try {
            return answer(work.get());
        } finally {
            inFlight.remove(claim);
        }
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
            return inFlight();
        }
        if (claim instanceof Claim.Conflict) {
            return answer(keyReused());
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
        Response.ResponseBuilder answer = Response.status(written.status()).type(mediaTypeOf(written.status()))
                .entity(written.body());
        return written.replayed() ? answer.header(REPLAYED, "true").build() : answer.build();
    }

    /** The answer to a key sent again with a different request. */
    public Written keyReused() {
        return new Written(422, Problem.of(422, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for a different request",
                http.getRequestURI()));
    }

    private Response inFlight() {
        Response problem = problem(409, "IDEMPOTENCY_IN_FLIGHT", "A request with this Idempotency-Key is being processed; retry shortly");
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, "1").build();
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
