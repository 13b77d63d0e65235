package org.cardhub.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cardhub.partners.entity.FeedPage;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A transaction feed request as the query says it, and the page answered with a link to the next one. */
record Feeds(Instant from, Instant to, String cursor, int limit) {

    static Feeds of(String from, String to, String cursor, String limit) {
        return new Feeds(QueryParameters.instant("from", from), QueryParameters.instant("to", to), cursor,
                QueryParameters.integer("limit", limit));
    }

    /** The page, and while older entries remain a {@code Link: <…>; rel="next"} with the same query and the next cursor. */
    static Response answer(FeedPage page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.nextCursor() != null) {
            response.header(HttpHeaders.LINK, nextLink(uri.getRequestUri(), page.nextCursor()));
        }
        return response.build();
    }

    /**
     * The link as a path without scheme and host: the request's own authority comes from its Host header,
     * which the caller chose, so a link built from it could point anywhere.
     */
    static String nextLink(URI request, String cursor) {
        String query = request.getRawQuery() == null ? "" : Arrays.stream(request.getRawQuery().split("&"))
                .filter(parameter -> !parameter.isEmpty() && !parameter.equals("cursor") && !parameter.startsWith("cursor="))
                .map(parameter -> parameter + "&")
                .collect(Collectors.joining());
        return "<" + request.getRawPath() + "?" + query + "cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)
                + ">; rel=\"next\"";
    }
}
