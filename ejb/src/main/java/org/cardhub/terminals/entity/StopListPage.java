package org.cardhub.terminals.entity;

import java.util.List;

/**
 * Changes to the stop list after {@code since}, up to {@code version}; {@code more} says another request
 * from {@code version} will bring further changes.
 */
public record StopListPage(long since, long version, boolean more, List<StopListEntry> entries) {
}
