package org.cardhub.documents.control;

import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.DocumentKind;
import org.cardhub.documents.entity.Figures;
import org.cardhub.documents.entity.ReportRow;
import org.cardhub.fleet.entity.MonthMovement;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The transaction report as a PDF, A4 landscape: the parties and the month on the first page, the column titles on
 * every page, one line per movement, and the totals — the movements' sum, which is the month's postings, and the
 * balances it took the contract from and to — on the last.
 */
final class TransactionReportPdf implements ReportSheet {

    private static final float MARGIN = 28;
    private static final float SIZE = 7f;
    private static final float LINE = 9.6f;
    private static final float[] WIDTHS = {66, 78, 116, 124, 50, 56, 52, 50, 72, 122};
    private static final boolean[] RIGHT = {false, false, false, false, false, true, true, true, true, false};
    private static final List<String> TITLES = List.of("Дата и время", "Карта", "Держатель / ТС", "АЗС", "Товар",
            "Кол-во, л", "Цена, ₽/л", "Скидка, ₽", "Сумма, ₽", "Операция");

    private final PdfCanvas pdf = new PdfCanvas(PdfCanvas.LANDSCAPE);
    private final ClosingFacts facts;
    private final OutputStream out;
    private float y;

    TransactionReportPdf(ClosingFacts facts, OutputStream out) throws IOException {
        this.facts = facts;
        this.out = out;
        pdf.newPage();
        y = pdf.height() - MARGIN - 10;
        pdf.text(pdf.bold, 12, MARGIN, y, DocumentKind.TRANSACTIONS.title() + " за " + facts.monthTitle()
                + (facts.isCorrection() ? " (исправление № " + facts.correctionLine() + ")" : ""));
        y -= 15;
        for (String line : List.of("Поставщик: " + facts.seller().name() + ", ИНН/КПП " + facts.seller().innKpp(),
                "Покупатель: " + facts.buyer().name() + ", ИНН" + (facts.buyer().kpp() == null ? " " : "/КПП ") + facts.buyer().innKpp(),
                facts.contractReference() + ". Время операций — " + facts.contract().timeZone().getId()
                        + ". Сумма: «−» — списание со счёта договора, без знака — зачисление.")) {
            pdf.text(pdf.regular, 8.5f, MARGIN, y, line);
            y -= 11;
        }
        y -= 3;
        titles();
    }

    @Override
    public void row(MonthMovement movement, ReportRow row) throws IOException {
        if (y < MARGIN + LINE) {
            pageNumber();
            pdf.newPage();
            y = pdf.height() - MARGIN - 10;
            titles();
        }
        cells(pdf.regular, List.of(row.when(), row.card(), row.holder(), row.station(), row.product(), row.litres(),
                row.price(), row.discount(), row.amount(), row.operation()));
    }

    @Override
    public void finish() throws IOException {
        if (y < MARGIN + 6 * LINE) {
            pageNumber();
            pdf.newPage();
            y = pdf.height() - MARGIN - 10;
        }
        pdf.line(MARGIN, y + LINE - 2, pdf.width() - MARGIN, y + LINE - 2);
        y -= 3;
        var summary = facts.summary();
        for (String line : List.of(
                "Операций: " + summary.count() + ". Итого по операциям (сумма проводок месяца): " + Figures.roubles(summary.net().minorUnits()) + " ₽",
                "Отпущено товаров: " + Figures.roubles(summary.sold().minorUnits()) + " ₽, в том числе топлива "
                        + Figures.litres(summary.litresSold()) + " л; пополнения: " + Figures.roubles(summary.toppedUp().minorUnits()) + " ₽",
                "Остаток на начало месяца: " + Figures.roubles(facts.balances().opening().minorUnits())
                        + " ₽; на конец месяца: " + Figures.roubles(facts.balances().closing().minorUnits()) + " ₽")) {
            pdf.text(pdf.bold, 8.5f, MARGIN, y, line);
            y -= 11;
        }
        pageNumber();
        pdf.save(out);
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }

    private void titles() throws IOException {
        cells(pdf.bold, TITLES);
        pdf.line(MARGIN, y + LINE - 1.5f, pdf.width() - MARGIN, y + LINE - 1.5f);
    }

    private void cells(PdfFace face, List<String> values) throws IOException {
        float x = MARGIN;
        for (int column = 0; column < WIDTHS.length; column++) {
            pdf.cell(face, SIZE, x, y, WIDTHS[column] - 4, values.get(column), RIGHT[column]);
            x += WIDTHS[column];
        }
        y -= LINE;
    }

    private void pageNumber() throws IOException {
        pdf.right(pdf.regular, SIZE, pdf.width() - MARGIN, MARGIN - 12, "Стр. " + pdf.pages());
    }
}
