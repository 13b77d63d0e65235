package org.cardhub.documents.control;

import org.apache.poi.ss.usermodel.Row;
import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.Dates;
import org.cardhub.documents.entity.DocumentKind;
import org.cardhub.documents.entity.SalesLine;
import org.cardhub.money.Amount;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The invoice or UPD of a month as a workbook: the heading lines of the form, then the table (columns 1 to 10 of the
 * form) with quantities, prices, amounts and VAT as numbers, and the total to pay.
 */
final class SalesDocumentXlsx {

    private SalesDocumentXlsx() {
    }

    static void write(ClosingFacts facts, DocumentKind kind, OutputStream out) throws IOException {
        try (XlsxBook book = new XlsxBook(kind == DocumentKind.UPD ? "УПД" : "Счёт-фактура",
                6, 44, 10, 8, 8, 12, 12, 16, 12, 10, 14, 16, 12)) {
            if (kind == DocumentKind.UPD) {
                book.titleRow("Универсальный передаточный документ. Статус: 1");
            }
            book.titleRow("Счёт-фактура № " + facts.number() + " от " + Dates.day(facts.date()));
            for (String line : SalesDocumentPdf.heading(facts)) {
                XlsxBook.text(book.row(), 0, line);
            }
            book.skip();
            book.titleRow("№ п/п", "Наименование товара", "Код вида товара", "Ед. изм. код", "Ед. изм.", "Количество",
                    "Цена за единицу", "Стоимость без налога", "В т. ч. акциз", "Налоговая ставка", "Сумма налога",
                    "Стоимость с налогом", "Страна происхождения");
            List<SalesLine> lines = facts.summary().sales(facts.vat());
            for (int i = 0; i < lines.size(); i++) {
                SalesLine line = lines.get(i);
                Row row = book.row();
                row.createCell(0).setCellValue(i + 1);
                XlsxBook.text(row, 1, line.name());
                XlsxBook.text(row, 2, "—");
                XlsxBook.text(row, 3, line.unitCode());
                XlsxBook.text(row, 4, line.unit());
                if (line.byVolume()) {
                    XlsxBook.number(row, 5, line.millilitres(), 3, book.litres);
                } else {
                    row.createCell(5).setCellValue(line.count());
                }
                XlsxBook.number(row, 6, line.unitPriceNet().minorUnits(), 2, book.roubles);
                XlsxBook.number(row, 7, line.net().minorUnits(), 2, book.roubles);
                XlsxBook.text(row, 8, "без акциза");
                XlsxBook.text(row, 9, line.vat().label());
                XlsxBook.number(row, 10, line.tax().minorUnits(), 2, book.roubles);
                XlsxBook.number(row, 11, line.gross().minorUnits(), 2, book.roubles);
                XlsxBook.text(row, 12, "—");
            }
            Amount tax = facts.summary().salesTax(facts.vat());
            Amount gross = facts.summary().sold();
            Row total = book.row();
            XlsxBook.text(total, 1, "Всего к оплате").setCellStyle(book.boldStyle);
            XlsxBook.number(total, 7, gross.minus(tax).minorUnits(), 2, book.boldRoubles);
            XlsxBook.number(total, 10, tax.minorUnits(), 2, book.boldRoubles);
            XlsxBook.number(total, 11, gross.minorUnits(), 2, book.boldRoubles);
            book.skip();
            XlsxBook.text(book.row(), 1, "Руководитель организации: " + facts.signer().position() + " "
                    + facts.signer().shortName());
            if (facts.isCorrection()) {
                XlsxBook.text(book.row(), 1, "Причина исправления: " + facts.reason());
            }
            book.write(out);
        }
    }
}
