package org.cardhub.corporate.export;

import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionHeading;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lines above a statement of transactions, in the reader's language: whose, which contract, which period, which
 * filter, and when it was made (in the contract's time zone).
 */
public record ExportHeading(String title, String company, String period, String filter, String made) implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** {@code groups}: the names of the card groups the filter may name, by id. */
    public static ExportHeading of(TransactionHeading heading, TransactionFilter filter, TransactionLabels labels,
                                   Map<Long, String> groups, Instant now) {
        return new ExportHeading(labels.text("fleet.export.title") + " " + heading.contract(), heading.company(),
                labels.text("fleet.export.period") + ": " + period(filter, labels),
                labels.text("fleet.export.filter") + ": " + filter(filter, labels, groups),
                labels.text("fleet.export.made") + ": " + labels.when(now) + " (" + labels.zone().getId() + ")");
    }

    private static String period(TransactionFilter filter, TransactionLabels labels) {
        if (filter.from() != null && filter.to() != null) {
            return DAY.format(filter.from()) + " — " + DAY.format(filter.to());
        }
        if (filter.from() != null) {
            return labels.text("fleet.export.since") + " " + DAY.format(filter.from());
        }
        if (filter.to() != null) {
            return labels.text("fleet.export.until") + " " + DAY.format(filter.to());
        }
        return labels.text("fleet.export.allTime");
    }

    private static String filter(TransactionFilter filter, TransactionLabels labels, Map<Long, String> groups) {
        List<String> parts = new ArrayList<>();
        part(parts, labels, "fleet.tx.card", filter.lastDigits() == null ? null : "…" + filter.lastDigits());
        part(parts, labels, "fleet.tx.group", filter.groupId() == null ? null
                : groups.getOrDefault(filter.groupId(), filter.groupId().toString()));
        part(parts, labels, "fleet.tx.vehicle", filter.vehicle());
        part(parts, labels, "fleet.tx.station", filter.station());
        part(parts, labels, "fleet.tx.region", filter.region() == null ? null : labels.region(filter.region()));
        part(parts, labels, "fleet.tx.product", filter.product() == null ? null : labels.product(filter.product()));
        part(parts, labels, "fleet.tx.type", filter.type() == null ? null : labels.type(filter.type()));
        part(parts, labels, "fleet.tx.status", filter.status() == null ? null : labels.status(filter.status()));
        if (filter.suspiciousOnly()) {
            parts.add(labels.text("fleet.tx.suspiciousOnly"));
        }
        return parts.isEmpty() ? labels.text("fleet.export.noFilter") : String.join("; ", parts);
    }

    private static void part(List<String> parts, TransactionLabels labels, String key, String value) {
        if (value != null) {
            parts.add(labels.text(key) + ": " + value);
        }
    }
}
