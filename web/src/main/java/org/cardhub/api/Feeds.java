package org.cardhub.api;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cardhub.partners.entity.FeedPage;

import java.time.Instant;

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
            response.links(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()))
                    .rel("next").build());
        }
        return response.build();
    }
}
