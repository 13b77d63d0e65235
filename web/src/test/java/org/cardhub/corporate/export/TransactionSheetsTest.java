package org.cardhub.corporate.export;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.fleet.entity.Suspicion;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionStatus;
import org.cardhub.fleet.entity.TransactionTotals;
import org.cardhub.fleet.entity.TransactionType;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The export files: what Excel in Russian reads from the CSV, and the workbook POI streams, header to totals. */
class TransactionSheetsTest {

    private static final TransactionLabels RUSSIAN = new TransactionLabels(Locale.forLanguageTag("ru"), ZoneId.of("Europe/Moscow"));
    private static final TransactionRow FILL_UP = new TransactionRow(7, Instant.parse("2026-12-01T19:30:00Z"),
            TransactionType.PURCHASE, "7005 **** **** 0010", "А123ВС 77; Газель", "АЗС №12 Тверская", "77", "AI-95",
            Amount.ofMinorUnits(150_000, Currency.RUB), Amount.ofMinorUnits(25_000, Currency.LITRE));
    private static final TransactionRow TOP_UP = new TransactionRow(3, Instant.parse("2026-11-30T09:00:00Z"),
            TransactionType.TOP_UP, null, null, null, null, null, Amount.ofMinorUnits(1_234_567_89, Currency.RUB),
            Amount.zero(Currency.LITRE));
    private static final TransactionTotals TOTALS = new TransactionTotals(2, Amount.ofMinorUnits(150_000, Currency.RUB),
            Amount.ofMinorUnits(25_000, Currency.LITRE), Amount.ofMinorUnits(1_234_567_89, Currency.RUB));

    @Test
    void theCsvIsUtf8WithABomSemicolonsAndDecimalCommas() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        write(new CsvSheet(file, RUSSIAN));

        byte[] bytes = file.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("Дата и время;Номер;Автомобиль или водитель;АЗС;Регион;Товар;Литры;Цена, ₽;Скидка, ₽;"
                + "Сумма, ₽;Тип;Статус;Отметки");
        assertThat(lines[1]).isEqualTo("01.12.2026 22:30;7005 **** **** 0010;\"А123ВС 77; Газель\";АЗС №12 Тверская;77;АИ-95;"
                + "25,000;1500,00;0,00;1500,00;Покупка;Проведена;");
        assertThat(lines[2]).isEqualTo("30.11.2026 12:00;Счёт договора;;;;;0,000;;;1234567,89;Пополнение;Проведена;");
        assertThat(lines[3]).isEqualTo("Итого;Операций: 2;;;;Покупки;25,000;;;1500,00;;;");
        assertThat(lines[4]).isEqualTo(";;;;;Пополнения;;;;1234567,89;;;");
        assertThat(lines).hasSize(5);
    }

    @Test
    void theWorkbookHasTheHeaderTheRowsAsDatesAndNumbersAndTheTotals() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        write(new XlsxSheet(file, RUSSIAN));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter shown = new DataFormatter(Locale.forLanguageTag("ru"));
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Дата и время");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Цена, ₽");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Тип");
            Row fillUp = sheet.getRow(1);
            assertThat(fillUp.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 1, 22, 30));
            assertThat(shown.formatCellValue(fillUp.getCell(0))).isEqualTo("01.12.2026 22:30");
            assertThat(fillUp.getCell(1).getStringCellValue()).isEqualTo("7005 **** **** 0010");
            assertThat(fillUp.getCell(5).getStringCellValue()).isEqualTo("АИ-95");
            assertThat(fillUp.getCell(6).getNumericCellValue()).isEqualTo(25.0);
            assertThat(fillUp.getCell(7).getNumericCellValue()).isEqualTo(1500.0);
            assertThat(fillUp.getCell(8).getNumericCellValue()).isEqualTo(0.0);
            assertThat(fillUp.getCell(9).getNumericCellValue()).isEqualTo(1500.0);
            assertThat(fillUp.getCell(10).getStringCellValue()).isEqualTo("Покупка");
            assertThat(sheet.getRow(2).getCell(7)).as("a top-up has no price").isNull();
            Row totals = sheet.getRow(3);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Итого");
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Операций: 2");
            assertThat(totals.getCell(6).getNumericCellValue()).isEqualTo(25.0);
            assertThat(totals.getCell(9).getNumericCellValue()).isEqualTo(1500.0);
            assertThat(sheet.getRow(4).getCell(9).getNumericCellValue()).isEqualTo(1234567.89);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void aStreamedWorkbookKeepsOnlyItsWindowOfRowsInMemory() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (XlsxSheet sheet = new XlsxSheet(file, RUSSIAN)) {
            sheet.header();
            for (int row = 0; row < 1_000; row++) {
                sheet.row(FILL_UP);
            }
            sheet.totals(TOTALS);
            sheet.finish();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1_002);
        }
    }

    @Test
    void theFileIsNamedAfterTheContractAndTheMonth() {
        LocalDate first = LocalDate.of(2026, 12, 1);
        assertThat(TransactionExport.fileName("F-00000001", new TransactionFilter(first, LocalDate.of(2026, 12, 6), null, null,
                null, null, null), "xlsx")).isEqualTo("transactions-F-00000001-2026-12.xlsx");
        assertThat(TransactionExport.fileName("F-00000001", new TransactionFilter(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 14),
                null, null, null, null, null), "csv")).isEqualTo("transactions-F-00000001-2026-11-15-2026-12-14.csv");
        assertThat(TransactionExport.fileName("F-00000001", TransactionFilter.NONE, "csv")).isEqualTo("transactions-F-00000001.csv");
    }

    @Test
    void aSuspiciousReversedRowSaysSoAndAVehicleShowsWithItsPlate() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (CsvSheet sheet = new CsvSheet(file, RUSSIAN)) {
            sheet.row(new TransactionRow(8, Instant.parse("2026-12-05T10:00:00Z"), TransactionType.PURCHASE, "700599******0028",
                    "ГАЗель NEXT, В456ОР77", "AZS-17", "RU-MOW", "AI-92", Amount.ofMinorUnits(392_245, Currency.RUB),
                    Amount.ofMinorUnits(72_500, Currency.LITRE), Amount.zero(Currency.RUB), 0, "ГАЗель NEXT", "В456ОР77",
                    "Доставка", TransactionStatus.REVERSED, Set.of(Suspicion.DISTANT_STATIONS, Suspicion.OVER_TANK)));
            sheet.finish();
        }
        assertThat(file.toString(StandardCharsets.UTF_8)).isEqualTo("05.12.2026 13:00;700599******0028;ГАЗель NEXT В456ОР77;"
                + "AZS-17;RU-MOW;АИ-92;72,500;3922,45;0,00;3922,45;Покупка;Отменена;"
                + "больше объёма бака, другая заправка на далёкой АЗС в течение часа\r\n");
    }

    @Test
    void aDiscountedSaleShowsTheStationsPriceTheDiscountAndTheAmountPaid() throws IOException {
        TransactionRow discounted = new TransactionRow(9, Instant.parse("2026-12-05T10:00:00Z"), TransactionType.PURCHASE,
                "700599******0010", "КАМАЗ 65115, А123ВС77", "AZS-17", "RU-MOW", "AI-95", Amount.ofMinorUnits(145_500, Currency.RUB),
                Amount.ofMinorUnits(25_000, Currency.LITRE), Amount.ofMinorUnits(4_500, Currency.RUB), 300, null, null, null,
                TransactionStatus.BOOKED, Set.of());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (CsvSheet sheet = new CsvSheet(csv, RUSSIAN)) {
            sheet.row(discounted);
            sheet.finish();
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XlsxSheet sheet = new XlsxSheet(xlsx, RUSSIAN)) {
            sheet.header();
            sheet.row(discounted);
            sheet.finish();
        }

        assertThat(csv.toString(StandardCharsets.UTF_8)).contains(";АИ-95;25,000;1500,00;45,00;1455,00;Покупка;");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(1500.0);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(45.0);
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1455.0);
        }
    }

    @Test
    void theExportLinkCarriesTheFilterThere() {
        TransactionFilter filter = new TransactionFilter(LocalDate.of(2026, 12, 1), null, "0010", "АЗС №12", "RU-MOW", "AI-95",
                TransactionType.PURCHASE, 7L, "газель", TransactionStatus.BOOKED, true);
        String link = ExportLink.of("/cardhub", 42, filter, ExportFormat.XLSX);
        assertThat(link).startsWith("/cardhub/cabinet/corporate/transactions/export?contract=42&format=xlsx&from=2026-12-01");
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        assertThat(ExportLink.filterOf(parameters::get)).isEqualTo(filter);
    }

    private static void write(TransactionSheet sheet) throws IOException {
        try (sheet) {
            sheet.header();
            sheet.row(FILL_UP);
            sheet.row(TOP_UP);
            sheet.totals(TOTALS);
            sheet.finish();
        }
    }
}
