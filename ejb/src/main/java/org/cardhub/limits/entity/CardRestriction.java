package org.cardhub.limits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.cardhub.limits.entity.InvalidLimitException.Code.LIMIT_OUTSIDE_RESTRICTION;
import static org.cardhub.limits.entity.InvalidLimitException.Code.REGION_FORMAT;
import static org.cardhub.limits.entity.InvalidLimitException.Code.STATION_FORMAT;
import static org.cardhub.limits.entity.InvalidLimitException.Code.WINDOW_ENDS_BEFORE_START;
import static org.cardhub.limits.entity.InvalidLimitException.Code.WINDOW_INCOMPLETE;

/**
 * What a card may be used for at all: allowed or forbidden product categories (a pupil's forbidden
 * buffet, a truck's diesel only), the hours of the day in the organisation's zone (within one day: a window
 * that ends before it starts is refused), the stations and regions. Empty means "no restriction".
 */
@Entity
@Table(name = "card_restriction")
public class CardRestriction {

    /** As terminals are registered at them; no commas, which separate the stored list. */
    private static final Pattern STATION = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]{0,63}");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

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

    private boolean withinHours(LocalTime local) {
        return !local.isBefore(timeFrom) && local.isBefore(timeTo);
    }

    private static String describe(Attempt attempt) {
        return "Category " + attempt.category() + (attempt.productCode() == null ? "" : " (" + attempt.productCode() + ")");
    }

    public void allowCategories(Collection<String> categories) {
        allowedCategories = CategoryList.format(ProductCategory.require(categories));
    }

    public void forbidCategories(Collection<String> categories) {
        forbiddenCategories = CategoryList.format(ProductCategory.require(categories));
    }

    /** The hours of the day the card may be used, both ends given and the end after the start; no ends for any time. */
    public void limitHours(LocalTime from, LocalTime to) {
        if ((from == null) != (to == null)) {
            throw new InvalidLimitException(WINDOW_INCOMPLETE, "Give both ends of the time window, or neither");
        }
        if (from != null && !to.isAfter(from)) {
            throw new InvalidLimitException(WINDOW_ENDS_BEFORE_START, "A time window must end after it starts: " + from + "–" + to);
        }
        timeFrom = from;
        timeTo = to;
    }

    /** Stations by the name the terminals know them by, like AZS-17. */
    public void allowStations(Collection<String> stations) {
        allowedStations = CategoryList.format(checked(stations, STATION, STATION_FORMAT));
    }

    /** Regions by their ISO 3166-2 code, like RU-MOW. */
    public void allowRegions(Collection<String> regions) {
        allowedRegions = CategoryList.format(checked(regions, REGION, REGION_FORMAT));
    }

    private static Collection<String> checked(Collection<String> codes, Pattern format, InvalidLimitException.Code refusal) {
        if (codes == null) {
            return null;
        }
        for (String code : codes) {
            if (code != null && !code.isBlank() && !format.matcher(code.strip().toUpperCase(Locale.ROOT)).matches()) {
                throw new InvalidLimitException(refusal, "Not a " + (format == STATION ? "station" : "region") + ": " + code.strip(), code.strip());
            }
        }
        return codes;
    }

    /**
     * Refuses a limit of the card for products the card may not buy at all: one it forbids, or one outside what it
     * allows (a limit on fuel grades fits a card allowed fuel, and one on fuel a card allowed diesel only).
     */
    public void requireFits(SpendingLimit limit) {
        Set<String> allowed = allowedCategories();
        Set<String> forbidden = forbiddenCategories();
        for (String category : limit.categories()) {
            boolean isForbidden = forbidden.stream().anyMatch(code -> ProductCategory.covers(code, category));
            boolean isAllowed = allowed.isEmpty() || allowed.stream().anyMatch(code -> ProductCategory.overlap(code, category));
            if (isForbidden || !isAllowed) {
                throw new InvalidLimitException(LIMIT_OUTSIDE_RESTRICTION, "Card " + cardId + " may not buy " + category
                        + ", which its limit " + limit.describe() + " counts", category);
            }
        }
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
