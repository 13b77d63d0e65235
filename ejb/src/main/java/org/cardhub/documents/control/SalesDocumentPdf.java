package org.cardhub.documents.control;

import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.Dates;
import org.cardhub.documents.entity.DocumentKind;
import org.cardhub.documents.entity.Figures;
import org.cardhub.documents.entity.SalesLine;
import org.cardhub.money.Amount;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The invoice (счёт-фактура, the form of Government Decree No. 1137) or the UPD (the same with status 1 and the
 * transfer's part) of a month as a PDF, A4 landscape: one line per product sold, its VAT at the month's rate taken out
 * of the gross amount the ledger posted, and the total to pay, which is what the month's sales posted.
 */
final class SalesDocumentPdf {

    private static final float MARGIN = 28;
    private static final float SIZE = 7f;
    private static final float[] WIDTHS = {18, 170, 36, 30, 28, 58, 62, 78, 44, 40, 66, 80, 60};
    private static final boolean[] RIGHT = {true, false, false, false, false, true, true, true, false, false, true, true, false};
    private static final List<String> TITLES = List.of("№ п/п", "Наименование товара (описание выполненных работ, оказанных услуг)",
            "Код вида товара", "Ед. изм. код", "Ед. изм. обозн.", "Количество (объём)", "Цена (тариф) за единицу",
            "Стоимость без налога — всего", "В том числе акциз", "Налоговая ставка", "Сумма налога",
            "Стоимость с налогом — всего", "Страна происхождения");
    private static final List<String> NUMBERS = List.of("", "1", "1а", "2", "2а", "3", "4", "5", "6", "7", "8", "9", "10");

    private SalesDocumentPdf() {
    }

    static void write(ClosingFacts facts, DocumentKind kind, OutputStream out) throws IOException {
        boolean upd = kind == DocumentKind.UPD;
        try (PdfCanvas pdf = new PdfCanvas(PdfCanvas.LANDSCAPE)) {
            pdf.newPage();
            float y = pdf.height() - MARGIN - 8;
            pdf.right(pdf.regular, 6.5f, pdf.width() - MARGIN, y, "Приложение № 1 к постановлению Правительства РФ от 26.12.2011 № 1137");
            if (upd) {
                pdf.text(pdf.bold, 9, MARGIN, y, "Универсальный передаточный документ. Статус: 1");
                y -= 13;
            }
            pdf.text(pdf.bold, 11, MARGIN, y - (upd ? 0 : 2), "Счёт-фактура № " + facts.number() + " от " + Dates.day(facts.date()));
            y -= 14;
            for (String line : heading(facts)) {
                pdf.text(pdf.regular, 7.5f, MARGIN, y, pdf.fitted(pdf.regular, 7.5f, pdf.width() - 2 * MARGIN, line));
                y -= 9.5f;
            }
            y -= 4;
            PdfTable table = new PdfTable(pdf, MARGIN, WIDTHS, RIGHT);
            y = table.header(y, TITLES, 6.5f);
            y = table.row(y, NUMBERS, pdf.regular, 6.5f);
            List<SalesLine> lines = facts.summary().sales(facts.vat());
            for (int i = 0; i < lines.size(); i++) {
                if (y < MARGIN + 120) {
                    pdf.newPage();
                    y = pdf.height() - MARGIN;
                }
                y = table.row(y, cells(i + 1, lines.get(i)), pdf.regular, SIZE);
            }
            Amount tax = facts.summary().salesTax(facts.vat());
            Amount gross = facts.summary().sold();
            y = table.row(y, List.of("", "Всего к оплате", "", "", "", "", "", Figures.roubles(gross.minus(tax).minorUnits()),
                    "X", "", Figures.roubles(tax.minorUnits()), Figures.roubles(gross.minorUnits()), ""), pdf.bold, SIZE);
            y -= 16;
            for (String line : signatures(facts, upd)) {
                pdf.text(pdf.regular, 7.5f, MARGIN, y, line);
                y -= 12;
            }
            pdf.save(out);
        }
    }

    static List<String> heading(ClosingFacts facts) {
        var seller = facts.seller();
        var buyer = facts.buyer();
        return List.of("Исправление № " + facts.correctionLine(),
                "Продавец: " + seller.name(),
                "Адрес: " + orDash(seller.address()),
                "ИНН/КПП продавца: " + seller.innKpp(),
                "Грузоотправитель и его адрес: он же",
                "Грузополучатель и его адрес: " + buyer.name() + (buyer.address() == null ? "" : ", " + buyer.address()),
                "К платёжно-расчётному документу № — от —",
                "Документ об отгрузке: № п/п 1–" + facts.summary().sales(facts.vat()).size() + " № " + facts.number()
                        + " от " + Dates.day(facts.date()),
                "Покупатель: " + buyer.name(),
                "Адрес: " + orDash(buyer.address()),
                "ИНН/КПП покупателя: " + buyer.innKpp(),
                "Валюта: наименование, код: Российский рубль, 643",
                "Идентификатор государственного контракта, договора (соглашения) (при наличии): —",
                "Основание: " + facts.contractReference() + "; отпуск топлива и услуг по топливным картам за " + facts.monthTitle());
    }

    private static List<String> cells(int number, SalesLine line) {
        return List.of(Integer.toString(number), line.name(), "—", line.unitCode(), line.unit(),
                line.byVolume() ? Figures.litres(line.millilitres()) : Long.toString(line.count()),
                Figures.roubles(line.unitPriceNet().minorUnits()), Figures.roubles(line.net().minorUnits()), "без акциза",
                line.vat().label(), Figures.roubles(line.tax().minorUnits()), Figures.roubles(line.gross().minorUnits()), "—");
    }

    private static List<String> signatures(ClosingFacts facts, boolean upd) {
        var signer = facts.signer();
        List<String> lines = new ArrayList<>(List.of(
                "Руководитель организации или иное уполномоченное лицо: ____________ " + signer.shortName()
                        + "        Главный бухгалтер или иное уполномоченное лицо: ____________ " + signer.shortName()));
        if (upd) {
            lines.addAll(List.of(
                    "Основание передачи (сдачи) / получения (приёмки): " + facts.contractReference(),
                    "Данные о транспортировке и грузе: отпуск на АЗС по топливным картам в течение периода",
                    "Товар (груз) передал: " + signer.position() + " ____________ " + signer.shortName()
                            + "        Товар (груз) получил: ____________ ____________",
                    "Дата отгрузки, передачи (сдачи): " + Dates.day(facts.date())
                            + "        Дата получения (приёмки): «___» ____________ 20__ г.",
                    "Наименование экономического субъекта — составителя документа: " + facts.seller().name() + ", ИНН/КПП "
                            + facts.seller().innKpp()));
        }
        if (facts.isCorrection()) {
            lines.add("Причина исправления: " + facts.reason());
        }
        return lines;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
