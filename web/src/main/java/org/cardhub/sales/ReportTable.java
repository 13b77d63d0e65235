package org.cardhub.sales;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of a downloaded report: its title, columns, rows and, when it has them, totals. A cell is a text, an amount
 * ({@link org.cardhub.money.Amount}), a count ({@link Long}) or nothing (null).
 */
public record ReportTable(String title, List<Column> columns, List<List<Object>> rows, List<Object> totals) {

    /** A column: its title, what its cells hold, and its share of the page's width in a PDF. */
    public record Column(String title, Kind kind, float weight) {
    }

    /** What a column's cells hold: numbers are right-aligned, and number cells in a workbook. */
    public enum Kind {
        TEXT, MONEY, COUNT
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(ReportTable::cells).toList();
        totals = totals == null ? null : cells(totals);
    }

    public boolean hasTotals() {
        return totals != null;
    }

    /** A row's cells, some of them empty (null), as they were given. */
    private static List<Object> cells(List<Object> row) {
        return Collections.unmodifiableList(new ArrayList<>(row));
    }
}
