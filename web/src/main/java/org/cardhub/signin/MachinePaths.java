package org.cardhub.signin;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * The parts of the application that machines call, never with a browser session: with bearer tokens, or (the
 * acquirer's notifications under {@code /acquiring/}) with no credentials at all, checked by their source instead, or
 * Keycloak's back-channel logout, checked by the logout token's signature.
 */
final class MachinePaths {

    private static final List<String> PREFIXES = List.of("/api/", "/soap/", "/agent", "/acquiring/",
            BackChannelLogoutServlet.PATH);

    private MachinePaths() {
    }

    private static final String TERMINALS = "/api/v1/terminal/";

    static boolean isMachinePath(HttpServletRequest request) {
        String path = pathOf(request);
        return PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Keycloak's return to the application after a sign-in (the mechanism's redirect URI). */
    static boolean isSignInCallback(HttpServletRequest request) {
        return pathOf(request).equals(SignInCallbackServlet.PATH);
    }

    /**
     * Keycloak's return from a step-up ({@link StepUpServlet#DONE}): it carries a code and a state too, which are the
     * step-up's own; the person is signed in by their session, so the OpenID Connect mechanism must not take it for a
     * sign-in of its own.
     */
    static boolean isStepUpReturn(HttpServletRequest request) {
        return pathOf(request).equals(StepUpServlet.DONE);
    }

    static boolean isTerminalPath(HttpServletRequest request) {
        return pathOf(request).startsWith(TERMINALS);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
