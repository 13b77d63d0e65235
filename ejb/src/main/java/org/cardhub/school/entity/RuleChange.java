package org.cardhub.school.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change of what a child's card allows, as the parent's page tells it: who, when, which rule and its value before and
 * after, in a form the page says in the reader's language — roubles as a plain decimal ("300.00"), categories as their
 * codes ("BUFFET,SWEETS"), hours as "08:00–15:00"; null for "none". A change the parent's rules do not name (a limit for
 * some products only, stations) is {@link Aspect#OTHER}, without values.
 */
public record RuleChange(Instant at, String actor, Aspect aspect, String before, String after) implements Serializable {

    public enum Aspect { DAILY, PER_PURCHASE, FORBIDDEN, HOURS, OTHER }

    /** How {@code SpendingLimit.describe()} writes a card's limit of money for every purchase. */
    private static final Pattern MONEY_LIMIT = Pattern.compile("Card limit (\\d+\\.\\d{2}) RUB (a day|per purchase)");
    private static final String NONE = "null";

    /**
     * The lines of one change of the limits' history ({@code what} is "limit ID" or "restriction"; the values as the
     * limits component writes them): one for a limit, one for each part of a restriction that changed.
     */
    public static List<RuleChange> read(Instant at, String actor, String what, String oldValue, String newValue) {
        if (what != null && what.startsWith("restriction")) {
            return restriction(at, actor, parts(oldValue), parts(newValue));
        }
        Matcher before = oldValue == null ? null : MONEY_LIMIT.matcher(oldValue);
        Matcher after = newValue == null ? null : MONEY_LIMIT.matcher(newValue);
        boolean readable = (before == null || before.matches()) && (after == null || after.matches()) && (before != null || after != null);
        Aspect beforeAspect = before == null ? null : readable ? aspectOf(before) : null;
        Aspect afterAspect = after == null ? null : readable ? aspectOf(after) : null;
        if (!readable || (beforeAspect != null && afterAspect != null && beforeAspect != afterAspect)) {
            return List.of(new RuleChange(at, actor, Aspect.OTHER, null, null));
        }
        return List.of(new RuleChange(at, actor, beforeAspect != null ? beforeAspect : afterAspect,
                before == null ? null : before.group(1), after == null ? null : after.group(1)));
    }

    private static Aspect aspectOf(Matcher limit) {
        return limit.group(2).equals("a day") ? Aspect.DAILY : Aspect.PER_PURCHASE;
    }

    private static List<RuleChange> restriction(Instant at, String actor, Map<String, String> before, Map<String, String> after) {
        List<RuleChange> lines = new ArrayList<>();
        if (!Objects.equals(before.get("forbidden"), after.get("forbidden"))) {
            lines.add(new RuleChange(at, actor, Aspect.FORBIDDEN, valueOf(before.get("forbidden")), valueOf(after.get("forbidden"))));
        }
        if (!Objects.equals(before.get("hours"), after.get("hours"))) {
            lines.add(new RuleChange(at, actor, Aspect.HOURS, hours(before.get("hours")), hours(after.get("hours"))));
        }
        for (String other : List.of("allowed", "stations", "regions")) {
            if (!Objects.equals(before.get(other), after.get(other))) {
                lines.add(new RuleChange(at, actor, Aspect.OTHER, null, null));
                break;
            }
        }
        return lines;
    }

    /** "allowed=null; forbidden=BUFFET; hours=any; …" as a map; a restriction not there yet is none of everything. */
    private static Map<String, String> parts(String summary) {
        Map<String, String> parts = new HashMap<>(Map.of("allowed", NONE, "forbidden", NONE, "hours", "any",
                "stations", NONE, "regions", NONE));
        if (summary != null) {
            for (String part : summary.split(";")) {
                int equals = part.indexOf('=');
                if (equals > 0) {
                    parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
                }
            }
        }
        return parts;
    }

    private static String valueOf(String stored) {
        return stored == null || stored.equals(NONE) || stored.isBlank() ? null : stored;
    }

    private static String hours(String stored) {
        return stored == null || stored.equals("any") ? null : stored.replace('-', '–');
    }
}
