package org.cardhub.documents.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.documents.entity.DocumentFormat;
import org.cardhub.documents.entity.DocumentKind;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The files of a month read back as their readers see them: PDF text, workbook cells, the parsed XML. */
final class WrittenFiles {

    private final List<IssuedFile> files;

    WrittenFiles(List<IssuedFile> files) {
        this.files = files;
    }

    IssuedFile file(DocumentKind kind, DocumentFormat format) {
        return files.stream().filter(file -> file.kind() == kind && file.format() == format).findFirst().orElseThrow();
    }

    /** The PDF's text, with the figures' group separators as plain spaces. */
    String pdfText(DocumentKind kind) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file(kind, DocumentFormat.PDF).file().toFile())) {
            return new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
        }
    }

    int pdfPages(DocumentKind kind) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file(kind, DocumentFormat.PDF).file().toFile())) {
            return pdf.getNumberOfPages();
        }
    }

    /** Every row of the workbook's sheet, each cell as text or, for a number cell, as the number (to the kopeck). */
    List<List<Object>> sheet(DocumentKind kind) throws IOException {
        try (InputStream in = Files.newInputStream(file(kind, DocumentFormat.XLSX).file()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    cells.add(valueOf(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    Document xml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(file(DocumentKind.UPD, DocumentFormat.XML).file())) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Object valueOf(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(3, RoundingMode.HALF_UP);
        }
        return cell.getStringCellValue();
    }

    /** Kopecks as a number cell reads back. */
    static BigDecimal roubles(long kopecks) {
        return BigDecimal.valueOf(kopecks, 2).setScale(3, RoundingMode.HALF_UP);
    }

    /** A figure as a number cell reads back. */
    static BigDecimal number(String figure) {
        return new BigDecimal(figure).setScale(3, RoundingMode.HALF_UP);
    }
}
