package org.cardhub.corporate;

import org.cardhub.documents.entity.DocumentFormat;
import org.cardhub.documents.entity.DocumentKind;
import org.cardhub.documents.entity.IssuedDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A company's documents by month, newest first: the current version's files by kind, the earlier versions apart. */
class DocumentMonthTest {

    private long ids;

    @Test
    void theCurrentVersionByKindAndTheEarlierOnesApart() {
        List<IssuedDocument> documents = new ArrayList<>();
        documents.addAll(month(YearMonth.of(2026, 1), 1, null));
        documents.addAll(month(YearMonth.of(2026, 2), 1, null));
        documents.addAll(month(YearMonth.of(2026, 1), 2, "Сторно заправки"));

        List<DocumentMonth> months = DocumentMonth.of(documents);

        assertThat(months).extracting(DocumentMonth::month).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 1));
        DocumentMonth january = months.get(1);
        assertThat(january.version()).isEqualTo(2);
        assertThat(january.reason()).isEqualTo("Сторно заправки");
        assertThat(january.current()).extracting(DocumentMonth.Kind::kind).containsExactly(DocumentKind.values());
        assertThat(january.current().get(1).files()).extracting(IssuedDocument::format)
                .containsExactly(DocumentFormat.PDF, DocumentFormat.XLSX, DocumentFormat.XML);
        assertThat(january.current()).allSatisfy(kind -> assertThat(kind.files()).allMatch(file -> file.version() == 2));
        assertThat(january.earlier()).hasSize(9).allMatch(file -> file.version() == 1);
        assertThat(months.get(0).earlier()).isEmpty();
    }

    private List<IssuedDocument> month(YearMonth month, int version, String reason) {
        List<IssuedDocument> files = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            for (DocumentFormat format : kind.formats()) {
                files.add(new IssuedDocument(++ids, 42, "F-00000042", month, kind, format, version, reason,
                        kind.fileName("F-00000042", month.toString(), version, format), 1000, "0".repeat(64),
                        Instant.now(), "admin", 0, null));
            }
        }
        return files;
    }
}
