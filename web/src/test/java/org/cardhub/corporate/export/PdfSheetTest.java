package org.cardhub.corporate.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cardhub.fleet.entity.Suspicion;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionHeading;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionStatus;
import org.cardhub.fleet.entity.TransactionTotals;
import org.cardhub.fleet.entity.TransactionType;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF statement as a reader opens it: the heading, rows in Cyrillic with roubles, page after page, the totals. */
class PdfSheetTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final TransactionLabels RUSSIAN = new TransactionLabels(Locale.forLanguageTag("ru"), MOSCOW);
    private static final TransactionRow FILL_UP = new TransactionRow(8, Instant.parse("2026-12-05T10:00:00Z"),
            TransactionType.PURCHASE, "700599******0028", "ГАЗель NEXT, В456ОР77", "AZS-17", "RU-MOW", "AI-92",
            Amount.ofMinorUnits(392_245, Currency.RUB), Amount.ofMinorUnits(72_500, Currency.LITRE),
            Amount.ofMinorUnits(12_131, Currency.RUB), 300, "ГАЗель NEXT", "В456ОР77", "Доставка", TransactionStatus.BOOKED,
            Set.of(Suspicion.OVER_TANK));
    private static final TransactionTotals TOTALS = new TransactionTotals(2, Amount.ofMinorUnits(392_245, Currency.RUB),
            Amount.ofMinorUnits(72_500, Currency.LITRE), Amount.ofMinorUnits(150_000_000, Currency.RUB));
    private static final TransactionFilter FILTER = new TransactionFilter(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 6),
            "0028", null, null, null, null, 5L, null, null, true);
    private static final ExportHeading HEADING = ExportHeading.of(new TransactionHeading("ООО «Северный транспорт»",
            "F-00000001", MOSCOW), FILTER, RUSSIAN, Map.of(5L, "Доставка"), Instant.parse("2026-12-06T11:05:00Z"));

    @Test
    void theHeadingRowsAndTotalsReadInRussianWithTheFontEmbedded() throws IOException {
        byte[] file = pdf(1);

        try (PDDocument document = Loader.loadPDF(file)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("Транзакции по договору F-00000001", "ООО «Северный транспорт»",
                    "Период: 01.12.2026 — 06.12.2026",
                    "Фильтр: Карта (посл. цифры): …0028; Группа карт: Доставка; Только подозрительные",
                    "Сформировано: 06.12.2026 14:05 (Europe/Moscow)");
            assertThat(text).contains("05.12.2026 13:00", "ГАЗель NEXT В456ОР77", "Москва", "АИ-92", "72,500 л",
                    "4 043,76 ₽", "121,31 ₽", "3 922,45 ₽", "больше объёма бака");
            assertThat(text).contains("Итого. Операций: 2", "Покупки: 3 922,45 ₽, 72,500 л", "Пополнения: 1 500 000,00 ₽");
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("DejaVuSansCondensed");
        }
    }

    @Test
    void aLongStatementGoesOnPageAfterPageEachWithTheColumnTitlesAndItsNumber() throws IOException {
        byte[] file = pdf(500);

        try (PDDocument document = Loader.loadPDF(file)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            lastPage.setEndPage(document.getNumberOfPages());
            String text = lastPage.getText(document);
            assertThat(text).contains("Дата и время", "Стр. " + document.getNumberOfPages(), "Итого");
        }
    }

    @Test
    void textTooLongForItsColumnIsCutAndCharactersWithoutAGlyphBecomeQuestionMarks() throws IOException {
        TransactionRow odd = new TransactionRow(9, Instant.parse("2026-12-05T10:00:00Z"), TransactionType.PURCHASE,
                "700599******0036", "Очень длинное имя держателя карты, которое никак не помещается в колонку таблицы",
                "АЗС\t№\u000312", "RU-MOW", "DT", Amount.ofMinorUnits(100, Currency.RUB), Amount.zero(Currency.LITRE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfSheet sheet = new PdfSheet(out, RUSSIAN, HEADING)) {
            sheet.header();
            sheet.row(odd);
            sheet.totals(TOTALS);
            sheet.finish();
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).containsPattern("Очень длинное имя[^\\n]*…").doesNotContain("помещается в колонку")
                    .contains("АЗС № 12", "Дизельное топливо");
        }
    }

    private static byte[] pdf(int rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfSheet sheet = new PdfSheet(out, RUSSIAN, HEADING)) {
            sheet.header();
            for (int row = 0; row < rows; row++) {
                sheet.row(FILL_UP);
            }
            sheet.totals(TOTALS);
            sheet.finish();
        }
        return out.toByteArray();
    }
}
