package org.cardhub.schooloffice.control;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.schooloffice.entity.PupilColumn;
import org.cardhub.schooloffice.entity.PupilFileRefusal;
import org.cardhub.schooloffice.entity.PupilLine;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * A school's file of pupils as schools save it — CSV in UTF-8 or windows-1251, separated by «;» or «,», or an Excel
 * workbook — read into rows numbered by their line in the file, and every file that cannot be read refused before any
 * row is looked at.
 */
class PupilFileTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final String CSV = """
            Фамилия;Имя;Отчество;Класс;Номер договора;Категория
            Петров;Иван;Сергеевич;5А;30000001;
            Сидорова;Анна;;5 б;;многодетная семья
            """;

    @Test
    void aCsvInUtf8WithSemicolonsIsReadRowByRowWithItsLineNumbers() {
        List<PupilLine> lines = PupilFile.read(("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8));

        assertThat(lines).containsExactly(
                new PupilLine(2, "Петров", "Иван", "Сергеевич", "5А", "30000001", ""),
                new PupilLine(3, "Сидорова", "Анна", "", "5 б", "", "многодетная семья"));
    }

    @Test
    void aCsvInWindows1251WithCommasReadsTheSame() {
        String commas = CSV.replace(';', ',').replace("\n", "\r\n");

        assertThat(PupilFile.read(commas.getBytes(WINDOWS_1251))).isEqualTo(PupilFile.read(CSV.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void quotedCellsMayHoldTheSeparatorQuotesAndLineBreaksAndLinesCountFromTheFile() {
        String csv = "Фамилия,Имя,Класс,Категория\n"
                + "\n"
                + "\"Иванова-Петрова, мл.\",\"Мария \"\"Маша\"\"\",7В,\"сотрудник\"\n"
                + "\"Длинная\nфамилия\",Олег,8Г,\n"
                + "Орлов,Пётр,9Д,\n";

        List<PupilLine> lines = PupilFile.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(lines).extracting(PupilLine::line).containsExactly(3, 4, 6);
        assertThat(lines.get(0).surname()).isEqualTo("Иванова-Петрова, мл.");
        assertThat(lines.get(0).name()).isEqualTo("Мария \"Маша\"");
        assertThat(lines.get(0).category()).isEqualTo("сотрудник");
        assertThat(lines.get(1).surname()).as("a line break inside quotes is a blank").isEqualTo("Длинная фамилия");
    }

    @Test
    void englishHeadersInAnyCaseAndOrderCountAndUnknownColumnsAreIgnored() {
        String csv = "Comment;CLASS;Last name;First Name;Contract number\nперевёлся;10Б;Smith;John;12345678\n";

        assertThat(PupilFile.read(csv.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(new PupilLine(2, "Smith", "John", "", "10Б", "12345678", ""));
    }

    @Test
    void anExcelWorkbookIsReadByItsRowsNumbersGetTheirLeadingZerosBackAndATitleAboveTheTableDoesNoHarm() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "Список учеников на 2026/27 учебный год");
            row(sheet, 2, "Фамилия", "Имя", "Отчество", "Класс", "Номер договора", "Категория");
            Row petrov = row(sheet, 3, "Петров", "Иван", "Сергеевич", "5А");
            petrov.createCell(4).setCellValue(1234567); // Excel took "01234567" for a number
            Row sidorova = row(sheet, 5, "Сидорова", "Анна", "", "11Б");
            sidorova.createCell(4).setCellValue(30000002);
            sidorova.createCell(5).setCellValue("LARGE_FAMILY");
        });

        assertThat(PupilFile.read(xlsx)).containsExactly(
                new PupilLine(4, "Петров", "Иван", "Сергеевич", "5А", "01234567", ""),
                new PupilLine(6, "Сидорова", "Анна", "", "11Б", "30000002", "LARGE_FAMILY"));
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedUnread() {
        byte[] big = new byte[PupilFileRefusal.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');

        assertRefused(() -> PupilFile.read(big), PupilFileRefusal.Code.TOO_BIG);
    }

    @Test
    void moreThanFiveThousandRowsAreRefused() {
        StringBuilder csv = new StringBuilder("Фамилия;Имя;Класс\n");
        for (int i = 0; i <= PupilFileRefusal.MAX_ROWS; i++) {
            csv.append("Ученик;").append(i).append(";5А\n");
        }

        assertRefused(() -> PupilFile.read(csv.toString().getBytes(StandardCharsets.UTF_8)), PupilFileRefusal.Code.TOO_MANY_ROWS);
        assertThat(PupilFile.read(csv.substring(0, csv.lastIndexOf("Ученик")).getBytes(StandardCharsets.UTF_8)))
                .hasSize(PupilFileRefusal.MAX_ROWS);
    }

    @Test
    void whatIsNotATableOfPupilsIsRefusedAsUnreadable() {
        assertRefused(() -> PupilFile.read(new byte[]{0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02}), PupilFileRefusal.Code.UNREADABLE);
        assertRefused(() -> PupilFile.read(new byte[]{0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x7F}), PupilFileRefusal.Code.UNREADABLE);
        assertRefused(() -> PupilFile.read("Дорогие родители!\nСобрание в четверг.\n".getBytes(StandardCharsets.UTF_8)),
                PupilFileRefusal.Code.UNREADABLE);
    }

    @Test
    void aHeaderWithoutTheClassNamesTheMissingColumn() {
        assertThatThrownBy(() -> PupilFile.read("Фамилия;Имя;Отчество\nПетров;Иван;\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PupilFileRefusal.class, refused -> {
                    assertThat(refused.code()).isEqualTo(PupilFileRefusal.Code.COLUMNS_MISSING);
                    assertThat(refused.missing()).containsExactly(PupilColumn.CLASS);
                });
    }

    @Test
    void anEmptyFileOrOneWithAHeaderOnlyHasNoRows() {
        assertRefused(() -> PupilFile.read(new byte[0]), PupilFileRefusal.Code.NO_ROWS);
        assertRefused(() -> PupilFile.read("Фамилия;Имя;Класс\n\n;;\n".getBytes(StandardCharsets.UTF_8)), PupilFileRefusal.Code.NO_ROWS);
    }

    private interface Filling {
        void fill(Sheet sheet);
    }

    private static byte[] workbook(Filling filling) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filling.fill(workbook.createSheet("Ученики"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
        return row;
    }
}
