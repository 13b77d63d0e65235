package org.cardhub.schooloffice.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The first sheet of an Excel workbook (XLSX, or the older XLS) as records, each numbered by its row as Excel shows it.
 * Cells read as Excel displays them, a whole number as its digits, a formula by its last computed value.
 */
final class WorkbookRecords {

    private static final int ZIP = 0x504B0304;
    private static final int OLE2 = 0xD0CF11E0;

    private WorkbookRecords() {
    }

    /** Whether the bytes begin like a workbook: an XLSX is a zip file, an XLS a compound document. */
    static boolean isWorkbook(byte[] content) {
        if (content.length < 4) {
            return false;
        }
        int magic = (content[0] & 0xFF) << 24 | (content[1] & 0xFF) << 16 | (content[2] & 0xFF) << 8 | (content[3] & 0xFF);
        return magic == ZIP || magic == OLE2;
    }

    /** The sheet's non-blank rows, reading no further than {@code maxRecords} of them. */
    static List<SheetRecord> read(byte[] content, int maxRecords) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<SheetRecord> records = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    cells.add(text(row.getCell(column), formatter));
                }
                SheetRecord record = new SheetRecord(row.getRowNum() + 1, cells);
                if (!record.isBlank()) {
                    records.add(record);
                }
                if (records.size() >= maxRecords) {
                    break;
                }
            }
            return records;
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell, formatter);
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String number(Cell cell, DataFormatter formatter) {
        double value = cell.getNumericCellValue();
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return cell.getCellType() == CellType.FORMULA ? Double.toString(value) : formatter.formatCellValue(cell);
    }
}
