package org.cardhub.limits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What a card may be used for at all: allowed or forbidden product categories (a pupil's forbidden
 * buffet, a truck's diesel only), the hours of the day in the organisation's zone, the stations and
 * regions. Empty means "no restriction".
 */
@Entity
@Table(name = "card_restriction")
public class CardRestriction {

    @Id
    @Column(name = "card_id")
    private Long cardId;

    @Column(name = "allowed_categories")
    private String allowedCategories;

    @Column(name = "forbidden_categories")
    private String forbiddenCategories;

    @Column(name = "time_from")
    private LocalTime timeFrom;

    @Column(name = "time_to")
    private LocalTime timeTo;

    @Column(name = "allowed_stations")
    private String allowedStations;

    @Column(name = "allowed_regions")
    private String allowedRegions;

    @Version
    private long version;

    protected CardRestriction() {
    }

    public CardRestriction(long cardId) {
        this.cardId = cardId;
    }

    public Optional<Decline> check(Attempt attempt, ZoneId zone) {
        Set<String> allowed = CategoryList.parse(allowedCategories);
        if (!allowed.isEmpty() && !CategoryList.contains(allowed, attempt.category())
                && !CategoryList.contains(allowed, attempt.productCode())) {
            return Optional.of(new Decline(DeclineReason.PRODUCT_NOT_ALLOWED,
                    describe(attempt) + " is not among the allowed " + allowedCategories));
        }
        Set<String> forbidden = CategoryList.parse(forbiddenCategories);
        if (CategoryList.contains(forbidden, attempt.category()) || CategoryList.contains(forbidden, attempt.productCode())) {
            return Optional.of(new Decline(DeclineReason.PRODUCT_NOT_ALLOWED, describe(attempt) + " is forbidden"));
        }
        if (timeFrom != null && timeTo != null && !withinHours(attempt.at().atZone(zone).toLocalTime())) {
            return Optional.of(new Decline(DeclineReason.OUTSIDE_TIME_WINDOW,
                    "The card may be used from " + timeFrom + " to " + timeTo + " (" + zone.getId() + ")"));
        }
        Set<String> stations = CategoryList.parse(allowedStations);
        if (!stations.isEmpty() && !CategoryList.contains(stations, attempt.station())) {
            return Optional.of(new Decline(DeclineReason.STATION_NOT_ALLOWED,
                    "Station " + attempt.station() + " is not among the allowed " + allowedStations));
        }
        Set<String> regions = CategoryList.parse(allowedRegions);
        if (!regions.isEmpty() && !CategoryList.contains(regions, attempt.region())) {
            return Optional.of(new Decline(DeclineReason.STATION_NOT_ALLOWED,
                    "Region " + attempt.region() + " is not among the allowed " + allowedRegions));
        }
        return Optional.empty();
    }

    /** A window may run over midnight (22:00–06:00). */
    private boolean withinHours(LocalTime local) {
        if (!timeFrom.isAfter(timeTo)) {
            return !local.isBefore(timeFrom) && local.isBefore(timeTo);
        }
        return !local.isBefore(timeFrom) || local.isBefore(timeTo);
    }

    private static String describe(Attempt attempt) {
        return "Category " + attempt.category() + (attempt.productCode() == null ? "" : " (" + attempt.productCode() + ")");
    }

    public void allowCategories(Collection<String> categories) {
        allowedCategories = CategoryList.format(categories);
    }

    public void forbidCategories(Collection<String> categories) {
        forbiddenCategories = CategoryList.format(categories);
    }

    public void limitHours(LocalTime from, LocalTime to) {
        if ((from == null) != (to == null) || (from != null && from.equals(to))) {
            throw new IllegalArgumentException("Give both ends of the time window, and different ones");
        }
        timeFrom = from;
        timeTo = to;
    }

    public void allowStations(Collection<String> stations) {
        allowedStations = CategoryList.format(stations);
    }

    public void allowRegions(Collection<String> regions) {
        allowedRegions = CategoryList.format(regions);
    }

    public CardRestriction copyFor(long otherCardId) {
        CardRestriction copy = new CardRestriction(otherCardId);
        copy.allowedCategories = allowedCategories;
        copy.forbiddenCategories = forbiddenCategories;
        copy.timeFrom = timeFrom;
        copy.timeTo = timeTo;
        copy.allowedStations = allowedStations;
        copy.allowedRegions = allowedRegions;
        return copy;
    }

    /** One line describing the whole restriction, for the audit trail of its changes. */
    public String summary() {
        return "allowed=" + allowedCategories + "; forbidden=" + forbiddenCategories + "; hours="
                + (timeFrom == null ? "any" : timeFrom + "-" + timeTo) + "; stations=" + allowedStations
                + "; regions=" + allowedRegions;
    }

    public Long cardId() {
        return cardId;
    }

    public Set<String> allowedCategories() {
        return CategoryList.parse(allowedCategories);
    }

    public Set<String> forbiddenCategories() {
        return CategoryList.parse(forbiddenCategories);
    }

    /** Where the hours the card may be used start, or null for any time of day. */
    public LocalTime timeFrom() {
        return timeFrom;
    }

    public LocalTime timeTo() {
        return timeTo;
    }

    public Set<String> allowedStations() {
        return CategoryList.parse(allowedStations);
    }

    public Set<String> allowedRegions() {
        return CategoryList.parse(allowedRegions);
    }
}
