package org.cardhub.schoollists;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.schooloffice.entity.PrintedPupil;
import org.cardhub.schooloffice.entity.PupilList;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable list of an import's new pupils: a PDF with each class on a page of its own, names, contract numbers and
 * activation codes, in Cyrillic; and the same in an Excel sheet, the numbers as text so they keep their zeros.
 */
class PupilListFilesTest {

    private static final PupilList LIST = new PupilList(42, "МБОУ «Школа № 7»", "5А и 6Б.csv",
            Instant.parse("2026-12-06T01:05:00Z"), ZoneId.of("Asia/Vladivostok"), List.of(
            new PrintedPupil("5А", "Петров Иван Сергеевич", "01234567", "ABCD2345"),
            new PrintedPupil("5А", "Сидорова Анна", "30000002", "XYZW6789"),
            new PrintedPupil("6Б", "Орлова Вера", "30000003", "KMNP2345"),
            new PrintedPupil("", "Белов Павел", "30000004", "QRST6789")));

    @Test
    void thePdfPutsEachClassOnItsOwnPageWithNumbersAndCodes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PupilListPdf.write(LIST, new PupilListLabels(Locale.forLanguageTag("ru")), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(pdf);
            assertThat(first).contains("Новые ученики — МБОУ «Школа № 7»", "Импорт 06.12.2026 11:05, файл «5А и 6Б.csv»",
                    "Класс 5А", "Петров Иван Сергеевич", "01234567", "ABCD2345", "Сидорова Анна", "XYZW6789")
                    .doesNotContain("Орлова");
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(pdf)).contains("Класс без класса", "Белов Павел", "QRST6789");
        }
    }

    @Test
    void theSheetListsEveryNewPupilAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PupilListXlsx.write(LIST, new PupilListLabels(Locale.ENGLISH), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("New pupils — МБОУ «Школа № 7»");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Activation code");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Петров Иван Сергеевич");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("01234567");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("ABCD2345");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("no class");
        }
    }
}
