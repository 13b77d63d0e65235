package org.cardhub.signin;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * One step-up under way, kept in the person's HTTP session between the redirect to Keycloak and its answer: the state
 * that ties the answer to this session, the nonce the ID token must carry, the PKCE verifier, and the page of the app
 * to go back to. Used once: the answer removes it, whatever it says.
 */
final class StepUpRequest implements Serializable {

    static final String HOME = "/cabinet";
    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A path in this application: no scheme, no host, no "//" or backslash that a browser would read as another site. */
    private static final Pattern APP_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*");

    private final String state;
    private final String nonce;
    private final String verifier;
    private final String returnTo;

    private StepUpRequest(String state, String nonce, String verifier, String returnTo) {
        this.state = state;
        this.nonce = nonce;
        this.verifier = verifier;
        this.returnTo = returnTo;
    }

    static StepUpRequest start(String requestedReturn) {
        return new StepUpRequest(random(), random(), random() + random(), safeReturn(requestedReturn));
    }

    /**
     * The page to go back to: the one asked for when it is a path of this application (never the step-up itself),
     * otherwise the cabinet — an answer never sends the browser to another site.
     */
    static String safeReturn(String requested) {
        if (requested == null || requested.length() > 500 || !APP_PATH.matcher(requested).matches()
                || requested.contains("\\") || requested.contains("/../") || requested.endsWith("/..")
                || requested.startsWith(StepUpServlet.START)) {
            return HOME;
        }
        return requested;
    }

    /** Whether Keycloak's answer carries this request's state (compared in constant time). */
    boolean answers(String answeredState) {
        return answeredState != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                answeredState.getBytes(StandardCharsets.US_ASCII));
    }

    /** The PKCE challenge of the verifier (S256). */
    String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String state() {
        return state;
    }

    String nonce() {
        return nonce;
    }

    String verifier() {
        return verifier;
    }

    String returnTo() {
        return returnTo;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
