package org.cardhub.corporate;

import org.cardhub.documents.entity.DocumentKind;
import org.cardhub.documents.entity.IssuedDocument;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A month's closing documents as the company's page shows them: the current version's files by kind (each kind with
 * its formats), and the earlier versions' files, still to be had.
 *
 * @param current the current version's files, one entry per kind in the kinds' order
 */
public record DocumentMonth(YearMonth month, int version, String reason, List<Kind> current, List<IssuedDocument> earlier)
        implements Serializable {

    /** A kind of document and its files (PDF, XLSX, and for the UPD the exchange file). */
    public record Kind(DocumentKind kind, List<IssuedDocument> files) implements Serializable {
    }

    /** The documents of a contract (every month and version) by month, newest first. */
    public static List<DocumentMonth> of(List<IssuedDocument> documents) {
        Map<YearMonth, List<IssuedDocument>> byMonth = documents.stream().collect(Collectors.groupingBy(IssuedDocument::month,
                LinkedHashMap::new, Collectors.toList()));
        List<DocumentMonth> months = new ArrayList<>();
        byMonth.entrySet().stream().sorted(Map.Entry.<YearMonth, List<IssuedDocument>>comparingByKey().reversed())
                .forEach(month -> months.add(monthOf(month.getKey(), month.getValue())));
        return months;
    }

    private static DocumentMonth monthOf(YearMonth month, List<IssuedDocument> documents) {
        int latest = documents.stream().mapToInt(IssuedDocument::version).max().orElse(1);
        List<IssuedDocument> current = documents.stream().filter(document -> document.version() == latest)
                .sorted(Comparator.comparing(IssuedDocument::kind).thenComparing(IssuedDocument::format)).toList();
        List<Kind> kinds = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            List<IssuedDocument> files = current.stream().filter(document -> document.kind() == kind).toList();
            if (!files.isEmpty()) {
                kinds.add(new Kind(kind, files));
            }
        }
        List<IssuedDocument> earlier = documents.stream().filter(document -> document.version() < latest)
                .sorted(Comparator.comparing(IssuedDocument::version).reversed().thenComparing(IssuedDocument::kind)
                        .thenComparing(IssuedDocument::format)).toList();
        return new DocumentMonth(month, latest, current.isEmpty() ? null : current.get(0).reason(), kinds, earlier);
    }
}
