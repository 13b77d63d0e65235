package org.cardhub.fleet.entity;

import org.cardhub.limits.entity.CardRestriction;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a card may be used for at all: empty lists and no hours mean no restriction of that kind.
 *
 * @param from the start of the hours the card may be used in, in the contract's zone; null for any time of day
 */
public record CardRestrictions(List<String> allowedCategories, List<String> forbiddenCategories, LocalTime from,
                               LocalTime to, List<String> stations, List<String> regions) implements Serializable {

    public static final CardRestrictions NONE = new CardRestrictions(List.of(), List.of(), null, null, List.of(), List.of());

    public CardRestrictions {
        allowedCategories = List.copyOf(allowedCategories);
        forbiddenCategories = List.copyOf(forbiddenCategories);
        stations = List.copyOf(stations);
        regions = List.copyOf(regions);
    }

    /** The restriction of a card, or {@link #NONE} when it has none. */
    public static CardRestrictions of(CardRestriction restriction) {
        return restriction == null ? NONE : new CardRestrictions(List.copyOf(restriction.allowedCategories()),
                List.copyOf(restriction.forbiddenCategories()), restriction.timeFrom(), restriction.timeTo(),
                List.copyOf(restriction.allowedStations()), List.copyOf(restriction.allowedRegions()));
    }

    /**
     * A restriction as its change history wrote it ({@link CardRestriction#summary()}), read back so that the page
     * can say it in the reader's language; empty for a text in another shape.
     */
    public static Optional<CardRestrictions> parse(String summary) {
        if (summary == null) {
            return Optional.empty();
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : summary.split("; ")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
        }
        if (!parts.keySet().equals(Set.of("allowed", "forbidden", "hours", "stations", "regions"))) {
            return Optional.empty();
        }
        try {
            String hours = parts.get("hours");
            int dash = hours.indexOf('-');
            boolean anyTime = hours.equals("any");
            if (!anyTime && dash < 0) {
                return Optional.empty();
            }
            return Optional.of(new CardRestrictions(listOf(parts.get("allowed")), listOf(parts.get("forbidden")),
                    anyTime ? null : LocalTime.parse(hours.substring(0, dash)),
                    anyTime ? null : LocalTime.parse(hours.substring(dash + 1)),
                    listOf(parts.get("stations")), listOf(parts.get("regions"))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static List<String> listOf(String stored) {
        return stored.equals("null") || stored.isEmpty() ? List.of()
                : Arrays.stream(stored.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    public boolean limitsHours() {
        return from != null && to != null;
    }

    public boolean isEmpty() {
        return allowedCategories.isEmpty() && forbiddenCategories.isEmpty() && !limitsHours() && stations.isEmpty()
                && regions.isEmpty();
    }
}
