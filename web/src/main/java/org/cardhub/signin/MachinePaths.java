package org.cardhub.signin;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/** The parts of the application that machines call with bearer tokens, never with a browser session. */
final class MachinePaths {

    private static final List<String> PREFIXES = List.of("/api/", "/soap/", "/agent");

    private MachinePaths() {
    }

    static boolean isMachinePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PREFIXES.stream().anyMatch(path::startsWith);
    }
}
