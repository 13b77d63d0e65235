package org.cardhub.schoollists;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.schooloffice.entity.PrintedPupil;
import org.cardhub.schooloffice.entity.PupilList;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The new pupils of an import as an Excel sheet, for a school that prints letters by mail merge: the school and the
 * import above, then class, name, contract number and activation code, all as text (so the numbers keep their zeros).
 */
final class PupilListXlsx {

    private static final int[] WIDTHS = {10, 42, 18, 18};

    private PupilListXlsx() {
    }

    static void write(PupilList list, PupilListLabels labels, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(labels.text("import.list.sheet"));
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            row(sheet, 0, List.of(labels.text("import.list.title") + " — " + list.schoolName()), bold);
            row(sheet, 1, List.of(labels.heading(list)), null);
            row(sheet, 3, List.of(labels.text("import.list.class"), labels.text("import.list.name"),
                    labels.text("import.list.number"), labels.text("import.list.code")), bold);
            int next = 4;
            for (PrintedPupil pupil : list.pupils()) {
                row(sheet, next++, List.of(labels.className(pupil.className()), pupil.fullName(), pupil.number(),
                        pupil.activationCode()), text);
            }
            row(sheet, next + 1, List.of(labels.text("import.list.hint1") + " " + labels.text("import.list.hint2")), null);
            for (int column = 0; column < WIDTHS.length; column++) {
                sheet.setColumnWidth(column, WIDTHS[column] * 256);
            }
            sheet.createFreezePane(0, 4);
            workbook.write(out);
        }
    }

    private static void row(Sheet sheet, int index, List<String> cells, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < cells.size(); column++) {
            var cell = row.createCell(column);
            cell.setCellValue(cells.get(column));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
