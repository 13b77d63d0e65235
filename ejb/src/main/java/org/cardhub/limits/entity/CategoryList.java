package org.cardhub.limits.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of product categories or codes stored as one comma-separated column; empty means "any". */
final class CategoryList {

    private CategoryList() {
    }

    static Set<String> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> value.toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String format(Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        String joined = values.stream().map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> value.toUpperCase(Locale.ROOT)).distinct().collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }

    static boolean contains(Set<String> list, String value) {
        return value != null && list.contains(value.toUpperCase(Locale.ROOT));
    }
}
