package org.cardhub.fleet.entity;

import org.cardhub.limits.entity.CardRestriction;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;

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

    public boolean limitsHours() {
        return from != null && to != null;
    }

    public boolean isEmpty() {
        return allowedCategories.isEmpty() && forbiddenCategories.isEmpty() && !limitsHours() && stations.isEmpty()
                && regions.isEmpty();
    }
}
