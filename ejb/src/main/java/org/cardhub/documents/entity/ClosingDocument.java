package org.cardhub.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A closing document as issued: which contract, month, kind, format and version, its file's name, size and SHA-256,
 * who issued it and when, and how often it was downloaded. Its content is written once with the row
 * ({@code DocumentStore}) and never mapped here, so nothing can change it; only the download count moves. Read only
 * through the persistence context: the row is inserted by the store.
 */
@Entity
@Table(name = "closing_document")
public class ClosingDocument {

    @Id
    private Long id;

    @Column(name = "contract_id")
    private long contractId;

    @Column(name = "period_month")
    private String month;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    private DocumentFormat format;

    private int version;

    private String reason;

    @Column(name = "file_name")
    private String fileName;

    private String sha256;

    @Column(name = "size_bytes")
    private long size;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    private int downloads;

    @Column(name = "last_downloaded_at")
    private Instant lastDownloadedAt;

    @Column(name = "last_downloaded_by")
    private String lastDownloadedBy;

    protected ClosingDocument() {
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public DocumentKind kind() {
        return kind;
    }

    public DocumentFormat format() {
        return format;
    }

    public int version() {
        return version;
    }

    /** Why this version was issued; null for the month's first. */
    public String reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public int downloads() {
        return downloads;
    }

    public Instant lastDownloadedAt() {
        return lastDownloadedAt;
    }

    public String lastDownloadedBy() {
        return lastDownloadedBy;
    }
}
