package org.cardhub.sales;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cardhub.meals.entity.CategorySales;
import org.cardhub.meals.entity.ClassSales;
import org.cardhub.meals.entity.DaySales;
import org.cardhub.meals.entity.DishSales;
import org.cardhub.meals.entity.SalesFigures;
import org.cardhub.meals.entity.SalesPeriod;
import org.cardhub.meals.entity.SalesReport;
import org.cardhub.meals.entity.SettledDay;
import org.cardhub.meals.entity.SettlementStatement;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.school.entity.PupilCategory;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.school.entity.SupplierRef;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales report and the settlements' statement as their files read: a workbook whose sheets hold the tables with
 * roubles as numbers that add up to the totals, a PDF in Russian with the font embedded.
 */
class SalesFilesTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final SchoolRef SCHOOL = new SchoolRef(7, "Школа № 7", 70, "S-00000001", VLADIVOSTOK);
    private static final SupplierRef SUPPLIER = new SupplierRef(7, 8, "ООО «Столовая № 1»", 80, "F-00000080", 750);
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final SalesTexts RUSSIAN = new SalesTexts(Locale.forLanguageTag("ru"));
    private static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");

    static SalesReport report() {
        DaySales monday = new DaySales(MONDAY, Map.of(PupilCategory.PAID, new SalesFigures(15000, 1),
                PupilCategory.STAFF, new SalesFigures(2500, 1)));
        DaySales tuesday = new DaySales(MONDAY.plusDays(1), Map.of(PupilCategory.PAID, new SalesFigures(4500, 1),
                PupilCategory.FREE_MEALS, new SalesFigures(8000, 1), PupilCategory.STAFF, new SalesFigures(12050, 1)));
        return new SalesReport(SCHOOL, SUPPLIER, new SalesPeriod(MONDAY, MONDAY.plusDays(1)), new SalesFigures(42050, 5),
                List.of(new CategorySales(PupilCategory.PAID, new SalesFigures(19500, 2)),
                        new CategorySales(PupilCategory.FREE_MEALS, new SalesFigures(8000, 1)),
                        new CategorySales(PupilCategory.STAFF, new SalesFigures(14550, 2))),
                List.of(monday, tuesday),
                List.of(new DishSales("Суп куриный", 2L, rub(11000)), new DishSales("Котлета с пюре", 1L, rub(9500)),
                        new DishSales("Компот", 2L, rub(5000)), new DishSales("Каша овсяная", 1L, rub(4500)),
                        new DishSales(null, null, rub(12050))),
                List.of(new ClassSales(50L, "5А", new SalesFigures(23000, 2)), new ClassSales(51L, "11Б", new SalesFigures(4500, 1)),
                        new ClassSales(null, null, new SalesFigures(14550, 2))));
    }

    @Test
    void theWorkbookHoldsEachTableOnItsSheetWithRoublesAsNumbersThatAddUp() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ReportWorkbook.write(SalesDocuments.of(report(), RUSSIAN, NOW), file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            assertThat(names(workbook)).containsExactly("Итоги", "По категориям покупателей", "По дням", "По блюдам", "По классам");
            Sheet totals = workbook.getSheet("Итоги");
            assertThat(totals.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Продажи столовой");
            assertThat(totals.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Школа: Школа № 7");
            assertThat(totals.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Период: 07.12.2026 — 08.12.2026");
            assertThat(totals.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Сформировано: 08.12.2026 11:00 (Asia/Vladivostok)");
            Row figures = totals.getRow(7);
            assertThat(figures.getCell(0).getNumericCellValue()).isEqualTo(420.50);
            assertThat(figures.getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(figures.getCell(2).getNumericCellValue()).isEqualTo(84.10);

            Sheet dishes = workbook.getSheet("По блюдам");
            double sum = 0;
            for (int row = 7; row <= 11; row++) {
                sum += dishes.getRow(row).getCell(2).getNumericCellValue();
            }
            assertThat(dishes.getRow(11).getCell(0).getStringCellValue()).isEqualTo("Продано без состава блюд");
            assertThat(dishes.getRow(11).getCell(1)).isNull();
            assertThat(sum).isEqualTo(dishes.getRow(12).getCell(2).getNumericCellValue()).isEqualTo(420.50);
            assertThat(workbook.getSheet("По классам").getRow(9).getCell(0).getStringCellValue()).isEqualTo("Без класса");
        }
    }

    @Test
    void theReportsPdfReadsInRussianWithTheFontEmbedded() throws IOException {
        String text = pdfText(SalesDocuments.of(report(), RUSSIAN, NOW));

        assertThat(text).contains("Продажи столовой", "Школа: Школа № 7", "Поставщик питания: ООО «Столовая № 1»",
                "Период: 07.12.2026 — 08.12.2026", "По категориям покупателей", "Льготное питание (за счёт школы)",
                "420,50 ₽", "84,10 ₽", "Суп куриный", "110,00 ₽", "Продано без состава блюд", "120,50 ₽", "5А", "Без класса",
                "Стр. 1");
    }

    @Test
    void theStatementIsOfTheMonthWithItsDaysTotalsAndTheSuppliersAccount() throws IOException {
        Amount zero = Amount.zero(Currency.RUB);
        List<SettledDay> days = List.of(new SettledDay(MONDAY, rub(21550), rub(1617), rub(19933), 2, 501L, NOW),
                new SettledDay(MONDAY.plusDays(1), rub(11000), rub(825), rub(10175), 2, 502L, NOW));
        SettlementStatement statement = new SettlementStatement(SCHOOL, SUPPLIER, YearMonth.of(2026, 12), days,
                SettledDay.total(days, zero), rub(100000), rub(30108), rub(120108));

        ReportDocument document = SalesDocuments.of(statement, RUSSIAN, NOW);
        String text = pdfText(document);

        assertThat(document.fileName()).isEqualTo("canteen-settlements-2026-12");
        assertThat(text).contains("Выписка по расчётам за декабрь 2026", "Поставщик питания: ООО «Столовая № 1», договор F-00000080, "
                        + "комиссия программы 7,5 %", "07.12.2026", "215,50 ₽", "16,17 ₽", "199,33 ₽", "Итого за месяц", "325,50 ₽",
                "24,42 ₽", "301,08 ₽", "Остаток на начало месяца", "1 000,00 ₽", "Зачислено по расчётам школы", "301,08 ₽",
                "Прочие движения", "-100,00 ₽", "Остаток на конец месяца", "1 201,08 ₽");

        SettlementStatement forTheDirector = new SettlementStatement(SCHOOL, SUPPLIER, YearMonth.of(2026, 12), days,
                SettledDay.total(days, zero), null, null, null);
        assertThat(SalesDocuments.of(forTheDirector, RUSSIAN, NOW).tables()).hasSize(1);
    }

    @Test
    void aSheetsNameIsOneExcelAllowsAndNoOtherSheetsName() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        assertThat(ReportWorkbook.sheetName("По дням", taken)).isEqualTo("По дням");
        assertThat(ReportWorkbook.sheetName("По дням", taken)).isEqualTo("По дням 2");
        assertThat(ReportWorkbook.sheetName("Итоги: [все]?", taken)).isEqualTo("Итоги   все  ");
    }

    private static String pdfText(ReportDocument document) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ReportPdf.write(document, RUSSIAN::amount, file);
        try (PDDocument pdf = Loader.loadPDF(file.toByteArray())) {
            assertThat(pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next())
                    .isEmbedded()).isTrue();
            return new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
        }
    }

    private static List<String> names(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
