package org.cardhub.school.entity;

import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.limits.entity.ProductCategory;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.cardhub.school.entity.InvalidChildRequestException.Code.AMOUNT_NOT_ROUBLES;
import static org.cardhub.school.entity.InvalidChildRequestException.Code.CATEGORY_UNKNOWN;
import static org.cardhub.school.entity.InvalidChildRequestException.Code.HOURS_FORMAT;
import static org.cardhub.school.entity.InvalidChildRequestException.Code.HOURS_INCOMPLETE;
import static org.cardhub.school.entity.InvalidChildRequestException.Code.HOURS_REVERSED;
import static org.cardhub.school.entity.InvalidChildRequestException.Code.LIMIT_ABOVE_MAXIMUM;
import static org.cardhub.school.entity.InvalidChildRequestException.Code.LIMIT_NEGATIVE;
import static org.cardhub.school.entity.InvalidChildRequestException.Code.LIMIT_ZERO;

/**
 * What a parent allows a child's card: so much a day and so much a purchase (in roubles; null for no such limit), the
 * school's product categories it may not buy, and the hours of the school's day it may pay in (both ends or neither, the
 * end after the start).
 */
public record PupilRules(Amount daily, Amount perPurchase, List<String> forbidden, LocalTime from, LocalTime to)
        implements Serializable {

    /** The most a parent's limit allows: more would be no limit a pupil's card could reach. */
    public static final Amount MAX_LIMIT = Amount.ofMinorUnits(100_000_00, Currency.RUB);

    /** The categories a school's card buys under, in the catalog's order: the ones a parent may forbid. */
    public static final List<String> CATEGORIES = ProductCategory.soldUnder(ContractKind.SCHOOL).stream()
            .map(ProductCategory::code).toList();

    public static final PupilRules NONE = new PupilRules(null, null, List.of(), null, null);

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("H:mm");

    public PupilRules {
        requireSane(daily);
        requireSane(perPurchase);
        forbidden = requireCategories(forbidden);
        if ((from == null) != (to == null)) {
            throw new InvalidChildRequestException(HOURS_INCOMPLETE, "Give both ends of the hours, or neither");
        }
        if (from != null && !to.isAfter(from)) {
            throw new InvalidChildRequestException(HOURS_REVERSED, "The hours end after they start: " + from + "–" + to);
        }
    }

    /** A limit as a parent may set it: none (null), or more than zero and at most {@link #MAX_LIMIT}. */
    public static Amount requireLimit(Amount limit) {
        if (requireSane(limit) != null && limit.isGreaterThan(MAX_LIMIT)) {
            throw new InvalidChildRequestException(LIMIT_ABOVE_MAXIMUM, "A limit is at most " + MAX_LIMIT + ": " + limit);
        }
        return limit;
    }

    /**
     * These rules as a parent may set them: each limit at most {@link #MAX_LIMIT} too (a higher one the school set is
     * shown as it is, but a parent does not set one).
     */
    public PupilRules requireSettable() {
        requireLimit(daily);
        requireLimit(perPurchase);
        return this;
    }

    /** Roubles, more than zero; null for no limit. */
    private static Amount requireSane(Amount limit) {
        if (limit == null) {
            return null;
        }
        if (limit.currency() != Currency.RUB) {
            throw new InvalidChildRequestException(AMOUNT_NOT_ROUBLES, "A pupil's limit is in roubles, not " + limit.currency());
        }
        if (limit.isNegative()) {
            throw new InvalidChildRequestException(LIMIT_NEGATIVE, "A limit is not below zero: " + limit);
        }
        if (limit.isZero()) {
            throw new InvalidChildRequestException(LIMIT_ZERO, "A limit of zero allows nothing; leave it empty for none");
        }
        return limit;
    }

    /** A time of day as typed, "8:00" or "08:00"; null for nothing typed. */
    public static LocalTime time(String typed) {
        if (typed == null || typed.isBlank() || typed.strip().equals("__:__")) {
            return null;
        }
        try {
            return LocalTime.parse(typed.strip(), HOURS);
        } catch (DateTimeParseException unreadable) {
            throw new InvalidChildRequestException(HOURS_FORMAT, "A time of day is HH:mm, not " + typed.strip());
        }
    }

    private static List<String> requireCategories(Collection<String> codes) {
        Set<String> wanted = codes == null ? Set.of()
                : codes.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        for (String code : wanted) {
            if (!CATEGORIES.contains(code)) {
                throw new InvalidChildRequestException(CATEGORY_UNKNOWN, "No school category " + code);
            }
        }
        return CATEGORIES.stream().filter(wanted::contains).toList();
    }

    public boolean limitsHours() {
        return from != null;
    }
}
