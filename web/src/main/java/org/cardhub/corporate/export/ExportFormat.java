package org.cardhub.corporate.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

/** The files a fleet manager downloads the transactions as. A PDF is still to come. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

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

    public TransactionSheet sheet(OutputStream out, TransactionLabels labels) {
        return this == XLSX ? new XlsxSheet(out, labels) : new CsvSheet(out, labels);
    }

    public static Optional<ExportFormat> of(String name) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(name)).findFirst();
    }
}
