package org.cardhub.corporate.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

/** The files a fleet manager downloads the transactions as. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** A sheet writing into {@code out}; the heading opens a PDF (a spreadsheet starts with its column titles). */
    public TransactionSheet sheet(OutputStream out, TransactionLabels labels, ExportHeading heading) throws IOException {
        return switch (this) {
            case XLSX -> new XlsxSheet(out, labels);
            case CSV -> new CsvSheet(out, labels);
            case PDF -> new PdfSheet(out, labels, heading);
        };
    }

    public static Optional<ExportFormat> of(String name) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(name)).findFirst();
    }
}
