package org.cardhub.terminals.entity;

import java.util.Locale;

/**
 * What the back office narrows the terminal registry to. Text parts match anywhere, ignoring case; a blank
 * or null part matches everything.
 *
 * @param id           part of the terminal id
 * @param kind         the kind, or null for any
 * @param organization part of the owning organisation's name
 * @param place        part of the location or the station
 * @param region       part of the region code
 * @param status       the status, or null for any
 */
public record TerminalFilter(String id, TerminalKind kind, String organization, String place, String region,
                             TerminalStatus status) {

    public static final TerminalFilter NONE = new TerminalFilter(null, null, null, null, null, null);

    public TerminalFilter {
        id = blankToNull(id);
        organization = blankToNull(organization);
        place = blankToNull(place);
        region = blankToNull(region);
    }

    /** A LIKE pattern matching {@code part} anywhere, lower case, with {@code !} escaping the wildcards. */
    public static String containing(String part) {
        String escaped = part.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
