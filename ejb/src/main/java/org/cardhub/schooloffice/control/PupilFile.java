package org.cardhub.schooloffice.control;

import org.cardhub.schooloffice.entity.PupilColumn;
import org.cardhub.schooloffice.entity.PupilFileRefusal;
import org.cardhub.schooloffice.entity.PupilLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.cardhub.schooloffice.entity.PupilFileRefusal.MAX_BYTES;
import static org.cardhub.schooloffice.entity.PupilFileRefusal.MAX_ROWS;

/**
 * A school's file of pupils read as rows: an Excel workbook (XLSX or XLS, its first sheet) or a CSV text (see
 * {@link CsvRecords}), told apart by their bytes, whatever the file is called. Its header row — the first of its first
 * {@value #HEADER_SEARCH} non-blank rows that names columns, so a title above the table does no harm — says which
 * column is which ({@link PupilColumn}); blank rows are skipped. Refused, with nothing read, when it is larger than
 * 5 MB, is not a table, lacks a required column, has no rows or more than {@value PupilFileRefusal#MAX_ROWS}.
 */
public final class PupilFile {

    private static final int HEADER_SEARCH = 10;

    private PupilFile() {
    }

    public static List<PupilLine> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new PupilFileRefusal(PupilFileRefusal.Code.NO_ROWS, "The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new PupilFileRefusal(PupilFileRefusal.Code.TOO_BIG, "The file has " + content.length + " bytes");
        }
        boolean workbook = WorkbookRecords.isWorkbook(content);
        List<SheetRecord> records = workbook ? workbook(content) : text(content);
        int header = headerAt(records);
        Map<PupilColumn, Integer> columns = columnsOf(records.get(header));
        List<PupilColumn> missing = Arrays.stream(PupilColumn.values())
                .filter(column -> column.isRequired() && !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw PupilFileRefusal.columnsMissing(missing);
        }
        List<SheetRecord> rows = records.subList(header + 1, records.size());
        if (rows.isEmpty()) {
            throw new PupilFileRefusal(PupilFileRefusal.Code.NO_ROWS, "The file has a header and no rows");
        }
        if (rows.size() > MAX_ROWS) {
            throw new PupilFileRefusal(PupilFileRefusal.Code.TOO_MANY_ROWS, "The file has more than " + MAX_ROWS + " rows");
        }
        return rows.stream().map(row -> line(row, columns, workbook)).toList();
    }

    private static List<SheetRecord> workbook(byte[] content) {
        try {
            return WorkbookRecords.read(content, HEADER_SEARCH + MAX_ROWS + 1);
        } catch (IOException | RuntimeException unreadable) {
            throw new PupilFileRefusal(PupilFileRefusal.Code.UNREADABLE, "Not a workbook that can be read: " + unreadable);
        }
    }

    private static List<SheetRecord> text(byte[] content) {
        boolean utf16 = content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF));
        if (utf16) { // Excel's "Unicode text": tab-separated UTF-16 with its byte-order mark
            return CsvRecords.read(new String(content, StandardCharsets.UTF_16)).stream().filter(record -> !record.isBlank()).toList();
        }
        for (byte b : content) {
            if (b == 0) {
                throw new PupilFileRefusal(PupilFileRefusal.Code.UNREADABLE, "Binary content, neither a workbook nor text");
            }
        }
        return CsvRecords.read(CsvRecords.decode(content)).stream().filter(record -> !record.isBlank()).toList();
    }

    /** The header row: the first of the first rows that names a required column. */
    private static int headerAt(List<SheetRecord> records) {
        for (int at = 0; at < Math.min(HEADER_SEARCH, records.size()); at++) {
            if (columnsOf(records.get(at)).keySet().stream().anyMatch(PupilColumn::isRequired)) {
                return at;
            }
        }
        if (records.isEmpty()) {
            throw new PupilFileRefusal(PupilFileRefusal.Code.NO_ROWS, "The file has no rows");
        }
        throw new PupilFileRefusal(PupilFileRefusal.Code.UNREADABLE, "No header row names the columns of pupils");
    }

    private static Map<PupilColumn, Integer> columnsOf(SheetRecord header) {
        Map<PupilColumn, Integer> columns = new EnumMap<>(PupilColumn.class);
        for (int at = 0; at < header.cells().size(); at++) {
            int column = at;
            PupilColumn.ofHeader(header.cell(at)).ifPresent(known -> columns.putIfAbsent(known, column));
        }
        return columns;
    }

    private static PupilLine line(SheetRecord row, Map<PupilColumn, Integer> columns, boolean workbook) {
        String number = cell(row, columns, PupilColumn.NUMBER);
        // Excel reads "00123456" as the number 123456; in a workbook the zeros it dropped are put back
        if (workbook && number.matches("\\d{1,7}")) {
            number = "0".repeat(8 - number.length()) + number;
        }
        return new PupilLine(row.line(), cell(row, columns, PupilColumn.SURNAME), cell(row, columns, PupilColumn.NAME),
                cell(row, columns, PupilColumn.PATRONYMIC), cell(row, columns, PupilColumn.CLASS), number,
                cell(row, columns, PupilColumn.CATEGORY));
    }

    private static String cell(SheetRecord row, Map<PupilColumn, Integer> columns, PupilColumn column) {
        Integer at = columns.get(column);
        return at == null ? "" : row.cell(at);
    }
}
