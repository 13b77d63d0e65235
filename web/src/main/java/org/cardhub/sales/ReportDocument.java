package org.cardhub.sales;

import java.util.List;

/**
 * A downloaded report: its file's name (without the extension), its title, the lines under it, its tables, and the
 * word a PDF numbers its pages with («Стр.»).
 */
public record ReportDocument(String fileName, String title, List<String> lines, List<ReportTable> tables, String page) {

    public ReportDocument {
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
    }
}
