package org.cardhub.documents.control;

import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.DocumentFormat;
import org.cardhub.documents.entity.DocumentKind;
import org.cardhub.documents.entity.ReportRow;
import org.cardhub.fleet.entity.MovementSink;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes all the files of a month's closing documents into temporary files, reading the month once: while its
 * movements stream past, each is summed up ({@link org.cardhub.documents.entity.MonthSummary}) and written as a line of
 * the transaction report, PDF and XLSX at once; then the documents made from the sums (invoice, UPD, reconciliation
 * act, the UPD's exchange file) follow. Each file is hashed as it is written.
 */
public final class DocumentFiles {

    /** Reads the month's movements into the sink, once. */
    @FunctionalInterface
    public interface Month {
        void stream(MovementSink sink) throws IOException;
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private final ClosingFacts facts;
    private final String buyerEdoId;
    private final String sellerEdoId;
    private final List<IssuedFile> files = new ArrayList<>();

    public DocumentFiles(ClosingFacts facts, String buyerEdoId, String sellerEdoId) {
        this.facts = facts;
        this.buyerEdoId = buyerEdoId;
        this.sellerEdoId = sellerEdoId;
    }

    /** Every file of the month; on failure the files written so far are deleted. */
    public List<IssuedFile> write(Month month) throws IOException {
        try {
            report(month);
            for (DocumentKind kind : List.of(DocumentKind.INVOICE, DocumentKind.UPD)) {
                add(kind, DocumentFormat.PDF, out -> SalesDocumentPdf.write(facts, kind, out));
                add(kind, DocumentFormat.XLSX, out -> SalesDocumentXlsx.write(facts, kind, out));
            }
            UpdXml exchange = new UpdXml(facts, buyerEdoId, sellerEdoId);
            add(DocumentKind.UPD, DocumentFormat.XML, exchange.fileName(), exchange::write);
            add(DocumentKind.RECONCILIATION, DocumentFormat.PDF, out -> ReconciliationPdf.write(facts, out));
            add(DocumentKind.RECONCILIATION, DocumentFormat.XLSX, out -> ReconciliationXlsx.write(facts, out));
            return List.copyOf(files);
        } catch (IOException | RuntimeException e) {
            try {
                deleteAll(files);
            } catch (UncheckedIOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** The transaction report in both formats, and the month summed up, in one pass. */
    private void report(Month month) throws IOException {
        try (Target pdfFile = new Target(DocumentKind.TRANSACTIONS, DocumentFormat.PDF, nameOf(DocumentKind.TRANSACTIONS, DocumentFormat.PDF));
             Target xlsxFile = new Target(DocumentKind.TRANSACTIONS, DocumentFormat.XLSX, nameOf(DocumentKind.TRANSACTIONS, DocumentFormat.XLSX));
             TransactionReportPdf pdf = new TransactionReportPdf(facts, pdfFile.out);
             TransactionReportXlsx xlsx = new TransactionReportXlsx(facts, xlsxFile.out)) {
            month.stream(movement -> {
                facts.summary().add(movement);
                ReportRow row = ReportRow.of(movement, facts.contract().timeZone());
                pdf.row(movement, row);
                xlsx.row(movement, row);
            });
            pdf.finish();
            xlsx.finish();
            pdfFile.complete();
            xlsxFile.complete();
        }
    }

    private String nameOf(DocumentKind kind, DocumentFormat format) {
        return kind.fileName(facts.contract().contractNumber(), facts.month().toString(), facts.version(), format);
    }

    private void add(DocumentKind kind, DocumentFormat format, Writer writer) throws IOException {
        add(kind, format, nameOf(kind, format), writer);
    }

    private void add(DocumentKind kind, DocumentFormat format, String name, Writer writer) throws IOException {
        try (Target target = new Target(kind, format, name)) {
            writer.write(target.out);
            target.complete();
        }
    }

    /**
     * A temporary file being written, hashed as it goes: once {@linkplain #complete() complete}, closing it adds it to
     * the month's files; else closing deletes it.
     */
    private final class Target implements Closeable {
        private final DocumentKind kind;
        private final DocumentFormat format;
        private final String name;
        private final Path file;
        private final MessageDigest sha256 = sha256();
        private final OutputStream out;
        private boolean complete;

        Target(DocumentKind kind, DocumentFormat format, String name) throws IOException {
            this.kind = kind;
            this.format = format;
            this.name = name;
            this.file = Files.createTempFile("cardhub-document-", "." + format.extension());
            this.out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024), sha256);
        }

        void complete() {
            complete = true;
        }

        @Override
        public void close() throws IOException {
            out.close();
            if (complete) {
                files.add(new IssuedFile(kind, format, name, file, HexFormat.of().formatHex(sha256.digest()), Files.size(file)));
            } else {
                Files.deleteIfExists(file);
            }
        }
    }

    public static void deleteAll(List<IssuedFile> files) {
        for (IssuedFile file : files) {
            try {
                file.delete();
            } catch (IOException e) {
                throw new UncheckedIOException("A temporary document " + file.file() + " could not be deleted", e);
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The hex SHA-256 of bytes, as a stored document's is checked. */
    public static String sha256Of(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }
}
