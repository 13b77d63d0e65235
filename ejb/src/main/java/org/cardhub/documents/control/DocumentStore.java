package org.cardhub.documents.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.cardhub.documents.entity.ClosingDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The issued documents' rows, in the caller's transaction. A document's content is written once, with its row, streamed
 * from its temporary file (a month's report is megabytes) on the transaction's own connection; {@link ClosingDocument}
 * maps everything but the content, so nothing can change it afterwards. Only the download count moves, by one
 * statement, so concurrent downloads are all counted.
 */
@Dependent
public class DocumentStore {

    private static final String INSERT = "INSERT INTO closing_document (contract_id, period_month, kind, format, version, "
            + "reason, file_name, content, sha256, size_bytes, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext
    EntityManager em;

    /** The month's next version: 1 if it has none yet. */
    public int nextVersion(long contractId, YearMonth month) {
        Integer last = em.createQuery("SELECT MAX(d.version) FROM ClosingDocument d WHERE d.contractId = :contract "
                        + "AND d.month = :month", Integer.class)
                .setParameter("contract", contractId).setParameter("month", month.toString()).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** When the contract's documents for the month were last issued, if ever. */
    public Optional<Instant> lastIssuedAt(long contractId, YearMonth month) {
        return em.createQuery("SELECT d.issuedAt FROM ClosingDocument d WHERE d.contractId = :contract AND d.month = :month "
                        + "ORDER BY d.issuedAt DESC", Instant.class)
                .setParameter("contract", contractId).setParameter("month", month.toString()).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Writes the file's row and content; returns the document as stored. */
    public ClosingDocument insert(long contractId, YearMonth month, int version, String reason, IssuedFile file,
                                  Instant issuedAt, String issuedBy) {
        try (PreparedStatement insert = connection().prepareStatement(INSERT, new String[]{"id"});
             InputStream content = Files.newInputStream(file.file())) {
            insert.setLong(1, contractId);
            insert.setString(2, month.toString());
            insert.setString(3, file.kind().name());
            insert.setString(4, file.format().name());
            insert.setInt(5, version);
            insert.setString(6, reason);
            insert.setString(7, file.fileName());
            insert.setBinaryStream(8, content, file.size());
            insert.setString(9, file.sha256());
            insert.setLong(10, file.size());
            insert.setObject(11, OffsetDateTime.ofInstant(issuedAt, ZoneOffset.UTC));
            insert.setString(12, issuedBy);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return em.find(ClosingDocument.class, keys.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The document " + file.fileName() + " could not be stored", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The document " + file.fileName() + " could not be read back", e);
        }
    }

    public Optional<ClosingDocument> find(long documentId) {
        return Optional.ofNullable(em.find(ClosingDocument.class, documentId));
    }

    public Optional<byte[]> content(long documentId) {
        try (PreparedStatement select = connection().prepareStatement("SELECT content FROM closing_document WHERE id = ?")) {
            select.setLong(1, documentId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The content of document " + documentId + " could not be read", e);
        }
    }

    /** The month's documents, every version, newest first. */
    public List<ClosingDocument> ofMonth(long contractId, YearMonth month) {
        return em.createQuery("SELECT d FROM ClosingDocument d WHERE d.contractId = :contract AND d.month = :month "
                        + "ORDER BY d.version DESC, d.kind, d.format", ClosingDocument.class)
                .setParameter("contract", contractId).setParameter("month", month.toString()).getResultList();
    }

    /** The contract's documents, every month and version, newest month and version first. */
    public List<ClosingDocument> ofContract(long contractId) {
        return em.createQuery("SELECT d FROM ClosingDocument d WHERE d.contractId = :contract "
                        + "ORDER BY d.month DESC, d.version DESC, d.kind, d.format", ClosingDocument.class)
                .setParameter("contract", contractId).getResultList();
    }

    /** When each contract's month from {@code first} on was last issued, by contract and month. */
    public Map<String, Instant> lastIssued(YearMonth first) {
        Map<String, Instant> last = new HashMap<>();
        // not MAX(): an aggregate loses the column's type, and the driver's Timestamp would miss the Instant converter
        em.createQuery("SELECT DISTINCT d.contractId, d.month, d.issuedAt FROM ClosingDocument d WHERE d.month >= :first",
                        Object[].class).setParameter("first", first.toString())
                .getResultStream().forEach(row -> last.merge(key((Long) row[0], YearMonth.parse((String) row[1])),
                        (Instant) row[2], (one, other) -> one.isAfter(other) ? one : other));
        return last;
    }

    public static String key(long contractId, YearMonth month) {
        return contractId + "/" + month;
    }

    /**
     * Documents issued, newest first, of one contract or all ({@code contractId} null) and one month or all
     * ({@code month} null), a page of them.
     */
    public List<ClosingDocument> issued(Long contractId, YearMonth month, int first, int max) {
        TypedQuery<ClosingDocument> query = em.createQuery("SELECT d FROM ClosingDocument d" + where(contractId, month)
                + " ORDER BY d.issuedAt DESC, d.id DESC", ClosingDocument.class);
        return bound(query, contractId, month).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Long contractId, YearMonth month) {
        return bound(em.createQuery("SELECT COUNT(d) FROM ClosingDocument d" + where(contractId, month), Long.class),
                contractId, month).getSingleResult();
    }

    private static String where(Long contractId, YearMonth month) {
        if (contractId == null && month == null) {
            return "";
        }
        return " WHERE " + (contractId == null ? "" : "d.contractId = :contract") + (contractId != null && month != null ? " AND " : "")
                + (month == null ? "" : "d.month = :month");
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, Long contractId, YearMonth month) {
        if (contractId != null) {
            query.setParameter("contract", contractId);
        }
        if (month != null) {
            query.setParameter("month", month.toString());
        }
        return query;
    }

    public void downloaded(long documentId, String by, Instant at) {
        em.createQuery("UPDATE ClosingDocument d SET d.downloads = d.downloads + 1, d.lastDownloadedAt = :at, "
                        + "d.lastDownloadedBy = :by WHERE d.id = :id")
                .setParameter("at", at).setParameter("by", by).setParameter("id", documentId).executeUpdate();
    }

    private Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("No connection in the caller's transaction");
        }
        return connection;
    }
}
