package org.cardhub.documents.control;

import org.cardhub.documents.entity.ClosingFacts;
import org.cardhub.documents.entity.DocumentKind;
import org.cardhub.documents.entity.Figures;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The reconciliation act ({@link ReconciliationAct}) as a PDF, A4 portrait, with both sides' signature lines. */
final class ReconciliationPdf {

    private static final float MARGIN = 36;
    private static final float SIZE = 8f;
    private static final float[] WIDTHS = {62, 303, 79, 79};
    private static final boolean[] RIGHT = {false, false, true, true};

    private ReconciliationPdf() {
    }

    static void write(ClosingFacts facts, OutputStream out) throws IOException {
        ReconciliationAct act = ReconciliationAct.of(facts);
        try (PdfCanvas pdf = new PdfCanvas(PdfCanvas.PORTRAIT)) {
            pdf.newPage();
            float y = pdf.height() - MARGIN - 10;
            pdf.text(pdf.bold, 12, MARGIN, y, DocumentKind.RECONCILIATION.title()
                    + (facts.isCorrection() ? " (исправление № " + facts.correctionLine() + ")" : ""));
            y -= 15;
            for (String line : ReconciliationAct.heading(facts)) {
                for (String wrapped : PdfTable.wrap(pdf.regular, SIZE, pdf.width() - 2 * MARGIN, line)) {
                    pdf.text(pdf.regular, SIZE, MARGIN, y, wrapped);
                    y -= 10.5f;
                }
            }
            y -= 4;
            PdfTable table = new PdfTable(pdf, MARGIN, WIDTHS, RIGHT);
            y = table.header(y, List.of("Дата", "Документ, операция", "Дебет, ₽", "Кредит, ₽"), SIZE);
            for (ReconciliationAct.Line line : act.lines()) {
                if (y < MARGIN + 90) {
                    pdf.newPage();
                    y = pdf.height() - MARGIN;
                }
                y = table.row(y, List.of(line.date(), line.what(), line.debit() == 0 ? "" : Figures.roubles(line.debit()),
                        line.credit() == 0 ? "" : Figures.roubles(line.credit())), line.total() ? pdf.bold : pdf.regular, SIZE);
            }
            y -= 14;
            for (String line : PdfTable.wrap(pdf.bold, SIZE, pdf.width() - 2 * MARGIN, act.conclusion())) {
                pdf.text(pdf.bold, SIZE, MARGIN, y, line);
                y -= 10.5f;
            }
            if (facts.isCorrection()) {
                pdf.text(pdf.regular, SIZE, MARGIN, y, "Причина исправления: " + facts.reason());
                y -= 10.5f;
            }
            y -= 20;
            pdf.text(pdf.regular, SIZE, MARGIN, y, "От " + facts.seller().name());
            pdf.text(pdf.regular, SIZE, pdf.width() / 2 + 10, y, "От " + facts.buyer().name());
            y -= 18;
            pdf.text(pdf.regular, SIZE, MARGIN, y, facts.signer().position() + " ____________ " + facts.signer().shortName());
            pdf.text(pdf.regular, SIZE, pdf.width() / 2 + 10, y, "____________ ____________________");
            pdf.save(out);
        }
    }
}
