package org.cardhub.terminals.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One event as a terminal sent it, parsed and checked for shape: amounts are still decimal strings
 * (their precision is checked where they become money), card is whatever identifies the card.
 */
public record TerminalEvent(String eventId, String terminalId, EventType type, OffsetDateTime occurredAt, String card,
                            String amount, String volume, String product, List<Item> items, String refEventId,
                            boolean offline) {

    /**
     * A line of a canteen purchase: dish, category, quantity and unit price; {@code code}, when the terminal gives it,
     * names the product of its price list the line sells (then the price must be the listed one), else null.
     */
    public record Item(String name, String category, int quantity, String price, String code) {
    }
}
