package org.cardhub.documents.control;

import org.apache.poi.ss.usermodel.Row;
import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.DocumentKind;

import java.io.IOException;
import java.io.OutputStream;

/** The reconciliation act ({@link ReconciliationAct}) as a workbook, debit and credit as numbers. */
final class ReconciliationXlsx {

    private ReconciliationXlsx() {
    }

    static void write(ClosingFacts facts, OutputStream out) throws IOException {
        ReconciliationAct act = ReconciliationAct.of(facts);
        try (XlsxBook book = new XlsxBook("Акт сверки", 12, 70, 16, 16)) {
            book.titleRow(DocumentKind.RECONCILIATION.title()
                    + (facts.isCorrection() ? " (исправление № " + facts.correctionLine() + ")" : ""));
            for (String line : ReconciliationAct.heading(facts)) {
                XlsxBook.text(book.row(), 0, line);
            }
            book.skip();
            book.titleRow("Дата", "Документ, операция", "Дебет, ₽", "Кредит, ₽");
            for (ReconciliationAct.Line line : act.lines()) {
                Row row = book.row();
                XlsxBook.text(row, 0, line.date());
                XlsxBook.text(row, 1, line.what()).setCellStyle(line.total() ? book.boldStyle : null);
                if (line.debit() != 0) {
                    XlsxBook.number(row, 2, line.debit(), 2, line.total() ? book.boldRoubles : book.roubles);
                }
                if (line.credit() != 0) {
                    XlsxBook.number(row, 3, line.credit(), 2, line.total() ? book.boldRoubles : book.roubles);
                }
            }
            book.skip();
            XlsxBook.text(book.row(), 1, act.conclusion()).setCellStyle(book.boldStyle);
            if (facts.isCorrection()) {
                XlsxBook.text(book.row(), 1, "Причина исправления: " + facts.reason());
            }
            book.write(out);
        }
    }
}
