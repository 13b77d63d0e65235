package org.cardhub.documents.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A closing document as its lists show it: for the company, which file of which month and version; for the back office
 * also who issued it and why, and how often and when it was last downloaded.
 */
public record IssuedDocument(long id, long contractId, String contractNumber, YearMonth month, DocumentKind kind,
                             DocumentFormat format, int version, String reason, String fileName, long size,
                             String sha256, Instant issuedAt, String issuedBy, int downloads, Instant lastDownloadedAt)
        implements Serializable {

    public static IssuedDocument of(ClosingDocument document, String contractNumber) {
        return new IssuedDocument(document.id(), document.contractId(), contractNumber, document.month(), document.kind(),
                document.format(), document.version(), document.reason(), document.fileName(), document.size(),
                document.sha256(), document.issuedAt(), document.issuedBy(), document.downloads(),
                document.lastDownloadedAt());
    }
}
