package org.cardhub.cabinet.guard;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * Which requests are people's (cabinets, landing page, sign-in) rather than machines' or static
 * documents'. Machine paths answer in their own formats and are guarded by their own package; the
 * Swagger UI is a static bundle with its own scripts.
 */
final class PeoplePaths {

    private static final List<String> NOT_PEOPLE = List.of("/api/", "/soap/", "/agent", "/api-docs", "/webjars/");
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    private PeoplePaths() {
    }

    static boolean isPeoplePath(HttpServletRequest request) {
        String path = pathOf(request);
        return NOT_PEOPLE.stream().noneMatch(path::startsWith);
    }

    /** Stylesheets, scripts and fonts Faces serves: the same for everyone, so browsers may keep them. */
    static boolean isStaticResource(HttpServletRequest request) {
        return pathOf(request).startsWith(FACES_RESOURCES);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
