package org.cardhub.documents.control;

import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.DocumentFormat;
import org.cardhub.documents.entity.DocumentKind;
import org.cardhub.documents.entity.Figures;
import org.cardhub.fleet.entity.MonthMovement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.documents.control.WrittenFiles.roubles;

/**
 * A small month's closing documents written and read back as their readers see them — PDF text, workbook cells, the
 * exchange file parsed in its windows-1251 — and every figure on them is the month's: the total to pay is what the
 * sales posted, the report's amounts add up to the month's postings, the act runs from the opening to the closing
 * balance.
 */
class DocumentFilesTest {

    private static final long OPENING = 12_345_67L;
    private final List<MonthMovement> month = MonthFixtures.smallMonth();
    private final long net = month.stream().mapToLong(MonthMovement::netMinor).sum();
    private List<IssuedFile> files = List.of();

    @AfterEach
    void deleteTheFiles() {
        DocumentFiles.deleteAll(files);
    }

    private WrittenFiles written(ClosingFacts facts) throws IOException {
        files = new DocumentFiles(facts, "7707083893773601001", "7709123453770901001").write(sink -> {
            for (MonthMovement movement : month) {
                sink.accept(movement);
            }
        });
        return new WrittenFiles(files);
    }

    @Test
    void everyKindInItsFormatsEachHashedAsWritten() throws Exception {
        WrittenFiles written = written(MonthFixtures.facts(1, null, OPENING, net));

        assertThat(files).extracting(IssuedFile::kind, IssuedFile::format).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(DocumentKind.TRANSACTIONS, DocumentFormat.PDF),
                org.assertj.core.groups.Tuple.tuple(DocumentKind.TRANSACTIONS, DocumentFormat.XLSX),
                org.assertj.core.groups.Tuple.tuple(DocumentKind.INVOICE, DocumentFormat.PDF),
                org.assertj.core.groups.Tuple.tuple(DocumentKind.INVOICE, DocumentFormat.XLSX),
                org.assertj.core.groups.Tuple.tuple(DocumentKind.UPD, DocumentFormat.PDF),
                org.assertj.core.groups.Tuple.tuple(DocumentKind.UPD, DocumentFormat.XLSX),
                org.assertj.core.groups.Tuple.tuple(DocumentKind.UPD, DocumentFormat.XML),
                org.assertj.core.groups.Tuple.tuple(DocumentKind.RECONCILIATION, DocumentFormat.PDF),
                org.assertj.core.groups.Tuple.tuple(DocumentKind.RECONCILIATION, DocumentFormat.XLSX));
        for (IssuedFile file : files) {
            assertThat(file.sha256()).isEqualTo(DocumentFiles.sha256Of(Files.readAllBytes(file.file())));
            assertThat(file.size()).isEqualTo(Files.size(file.file()));
        }
        assertThat(written.file(DocumentKind.INVOICE, DocumentFormat.PDF).fileName()).isEqualTo("invoice_F-00000042_2026-01.pdf");
    }

    @Test
    void theTransactionReportsAmountsAddUpToTheMonthsPostings() throws Exception {
        WrittenFiles written = written(MonthFixtures.facts(1, null, OPENING, net));

        List<List<Object>> rows = written.sheet(DocumentKind.TRANSACTIONS);
        List<List<Object>> movements = rows.subList(5, 5 + month.size());
        assertThat(rows.get(4)).startsWith("Дата и время", "Карта", "Держатель / ТС");
        BigDecimal sum = movements.stream().map(row -> (BigDecimal) row.get(8)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(roubles(net));
        assertThat(rows.get(5 + month.size()).get(8)).isEqualTo(roubles(net));
        assertThat(movements.get(1)).containsSequence("7005 **** **** 0012", "А123ВС77 КАМАЗ 65115", "АЗС №12 «Тверская»",
                "АИ-95", WrittenFiles.number("40"), WrittenFiles.number("61.5"));
        assertThat(movements.get(4).get(9)).isEqualTo("Отмена: покупка");

        String pdf = written.pdfText(DocumentKind.TRANSACTIONS);
        assertThat(pdf).contains("Отчёт по транзакциям за январь 2026", "Операций: 6",
                "Итого по операциям (сумма проводок месяца): " + plain(net) + " ₽",
                "Остаток на начало месяца: " + plain(OPENING) + " ₽; на конец месяца: " + plain(OPENING + net) + " ₽",
                "7005 **** **** 0012", "АЗС №12 «Тверская»", "-7 055,10");
    }

    @Test
    void theInvoiceAndUpdBillWhatTheSalesPostedWithTheVatInIt() throws Exception {
        WrittenFiles written = written(MonthFixtures.facts(1, null, OPENING, net));
        long sold = 246_000 + 705_510;
        long tax = 44_361 + 127_223;

        for (DocumentKind kind : List.of(DocumentKind.INVOICE, DocumentKind.UPD)) {
            String pdf = written.pdfText(kind);
            assertThat(pdf).contains("Счёт-фактура № F-00000042-202601 от 31.01.2026", "Продавец: ООО «Кардхаб»",
                    "ИНН/КПП покупателя: 7707083893/773601001", "Топливо дизельное", "22%",
                    "Всего к оплате " + plain(sold - tax) + " X " + plain(tax) + " " + plain(sold));
            List<List<Object>> rows = written.sheet(kind);
            List<Object> total = rows.stream().filter(row -> row.size() > 1 && "Всего к оплате".equals(row.get(1))).findFirst().orElseThrow();
            assertThat(total.get(7)).isEqualTo(roubles(sold - tax));
            assertThat(total.get(10)).isEqualTo(roubles(tax));
            assertThat(total.get(11)).isEqualTo(roubles(sold));
        }
        assertThat(written.pdfText(DocumentKind.UPD)).contains("Универсальный передаточный документ. Статус: 1",
                "Основание передачи (сдачи) / получения (приёмки): Договор № F-00000042 от 14.03.2025");
    }

    @Test
    void theActRunsFromTheOpeningToTheClosingBalance() throws Exception {
        WrittenFiles written = written(MonthFixtures.facts(1, null, OPENING, net));

        List<List<Object>> rows = written.sheet(DocumentKind.RECONCILIATION);
        int first = 7;
        assertThat(rows.get(first)).containsExactly("", "Сальдо на 01.01.2026", "", roubles(OPENING));
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        int row = first + 1;
        for (; !"Обороты за период".equals(rows.get(row).get(1)); row++) {
            debit = debit.add(amount(rows.get(row), 2));
            credit = credit.add(amount(rows.get(row), 3));
        }
        assertThat(amount(rows.get(row), 2)).isEqualByComparingTo(debit);
        assertThat(amount(rows.get(row), 3)).isEqualByComparingTo(credit);
        assertThat(credit.subtract(debit)).isEqualByComparingTo(roubles(net));
        assertThat(rows.get(row + 1)).containsExactly("", "Сальдо на 31.01.2026", "", roubles(OPENING + net));
        assertThat(written.pdfText(DocumentKind.RECONCILIATION)).contains("Акт сверки взаимных расчётов",
                "Оплата (пополнение счёта), операция № 1", "Отпуск: Топливо дизельное, 100,500 л",
                "задолженность в пользу ООО «Тест-Логистик» (аванс) составляет " + plain(OPENING + net) + " ₽");
    }

    @Test
    void theUpdExchangeFileIsTheFormat503InWindows1251() throws Exception {
        WrittenFiles written = written(MonthFixtures.facts(1, null, OPENING, net));
        IssuedFile file = written.file(DocumentKind.UPD, DocumentFormat.XML);

        assertThat(file.fileName()).matches("ON_NSCHFDOPPR_7707083893773601001_7709123453770901001_20260203_"
                + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.xml");
        byte[] bytes = Files.readAllBytes(file.file());
        assertThat(new String(bytes, 0, 45, Charset.forName("windows-1251"))).startsWith("<?xml version=\"1.0\" encoding=\"windows-1251\"");
        assertThat(new String(bytes, Charset.forName("windows-1251"))).contains("Счет-фактура и документ об отгрузке");

        Document xml = written.xml();
        assertThat(xml.getXmlEncoding()).isEqualToIgnoringCase("windows-1251");
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("Файл");
        assertThat(root.getAttribute("ИдФайл") + ".xml").isEqualTo(file.fileName());
        assertThat(root.getAttribute("ВерсФорм")).isEqualTo("5.03");
        Element document = only(root, "Документ");
        assertThat(document.getAttribute("КНД")).isEqualTo("1115131");
        assertThat(document.getAttribute("Функция")).isEqualTo("СЧФДОП");
        Element invoice = only(document, "СвСчФакт");
        assertThat(invoice.getAttribute("НомерДок")).isEqualTo("F-00000042-202601");
        assertThat(invoice.getAttribute("ДатаДок")).isEqualTo("31.01.2026");
        assertThat(invoice.getElementsByTagName("ИспрДок").getLength()).isZero();
        assertThat(only(only(only(invoice, "СвПрод"), "ИдСв"), "СвЮЛУч").getAttribute("ИННЮЛ")).isEqualTo("7709123453");
        assertThat(only(only(only(invoice, "СвПокуп"), "ИдСв"), "СвЮЛУч").getAttribute("КПП")).isEqualTo("773601001");
        assertThat(only(invoice, "ДенИзм").getAttribute("КодОКВ")).isEqualTo("643");

        Element table = only(document, "ТаблСчФакт");
        List<Element> lines = children(table, "СведТов");
        assertThat(lines).as("AI-92 was sold and taken back").extracting(line -> line.getAttribute("НаимТов"))
                .containsExactly("Бензин автомобильный АИ-95", "Топливо дизельное");
        Element diesel = lines.get(1);
        assertThat(diesel.getAttribute("ОКЕИ_Тов")).isEqualTo("112");
        assertThat(diesel.getAttribute("КолТов")).isEqualTo("100.5");
        assertThat(diesel.getAttribute("НалСт")).isEqualTo("22%");
        assertThat(diesel.getAttribute("СтТовУчНал")).isEqualTo("7055.10");
        assertThat(only(only(diesel, "СумНал"), "СумНал").getTextContent()).isEqualTo("1272.23");
        Element total = only(table, "ВсегоОпл");
        assertThat(total.getAttribute("СтТовУчНалВсего")).isEqualTo(Figures.plainRoubles(246_000 + 705_510));
        assertThat(total.getAttribute("СтТовБезНДСВсего")).isEqualTo(Figures.plainRoubles(246_000 + 705_510 - 44_361 - 127_223));
        assertThat(only(only(total, "СумНалВсего"), "СумНал").getTextContent()).isEqualTo(Figures.plainRoubles(44_361 + 127_223));
        Element grounds = only(only(only(document, "СвПродПер"), "СвПер"), "ОснПер");
        assertThat(grounds.getAttribute("РеквНомерДок")).isEqualTo("F-00000042");
        assertThat(only(only(document, "Подписант"), "ФИО").getAttribute("Фамилия")).isEqualTo("Петров");
    }

    @Test
    void aLaterVersionIsACorrectionWithItsReason() throws Exception {
        WrittenFiles written = written(MonthFixtures.facts(2, "Сторнирована ошибочная заправка", OPENING, net));

        Element correction = only(only(only(written.xml().getDocumentElement(), "Документ"), "СвСчФакт"), "ИспрДок");
        assertThat(correction.getAttribute("НомИспр")).isEqualTo("1");
        assertThat(correction.getAttribute("ДатаИспр")).isEqualTo("03.02.2026");
        assertThat(written.pdfText(DocumentKind.INVOICE)).contains("Исправление № 1 от 03.02.2026",
                "Причина исправления: Сторнирована ошибочная заправка");
        assertThat(written.file(DocumentKind.TRANSACTIONS, DocumentFormat.XLSX).fileName())
                .isEqualTo("transactions_F-00000042_2026-01_v2.xlsx");
    }

    private static BigDecimal amount(List<Object> row, int column) {
        return row.size() > column && row.get(column) instanceof BigDecimal value ? value : BigDecimal.ZERO;
    }

    /** As the PDFs print kopecks, with plain spaces between the groups. */
    private static String plain(long kopecks) {
        return Figures.roubles(kopecks).replace('\u00a0', ' ');
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(parent.getTagName() + "/" + name).hasSize(1);
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new java.util.ArrayList<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
