package org.cardhub.schooloffice.control;

import java.util.List;

/** A record of a file as a table: its line (or row) number in the file, counted from 1, and its cells. */
record SheetRecord(int line, List<String> cells) {

    String cell(int column) {
        return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
