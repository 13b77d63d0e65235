package org.cardhub.partners.entity;

import java.util.List;

/** A page of a feed, newest first; {@code nextCursor} fetches the older entries, null when there are none. */
public record FeedPage(List<FeedEntry> entries, String nextCursor) {
}
