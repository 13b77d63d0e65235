package org.cardhub.schoollists;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.cardhub.corporate.export.PdfText;
import org.cardhub.schooloffice.entity.PrintedPupil;
import org.cardhub.schooloffice.entity.PupilList;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The new pupils of an import as a PDF to print and hand out, A4 portrait: each class on pages of its own (a class
 * teacher takes theirs), headed by the school, the import and the class, then a numbered table of names, contract
 * numbers and activation codes, and a line for the parents on how to link the child. In DejaVu Sans, embedded, so
 * Cyrillic prints the same everywhere; the codes larger, in monospaced bold, as they are typed from paper.
 */
final class PupilListPdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 40;
    private static final float SIZE = 10;
    private static final float LINE = 18;
    /** №, name, contract number, activation code: 515 points in all. */
    private static final float[] WIDTHS = {30, 265, 100, 120};

    private final PupilListLabels labels;
    private final PDDocument document = new PDDocument();
    private PdfText regular;
    private PdfText bold;
    private PdfText code;
    private PDPageContentStream page;
    private float y;

    private PupilListPdf(PupilListLabels labels) {
        this.labels = labels;
    }

    static void write(PupilList list, PupilListLabels labels, OutputStream out) throws IOException {
        PupilListPdf pdf = new PupilListPdf(labels);
        try {
            pdf.regular = new PdfText(pdf.font("DejaVuSans.ttf"));
            pdf.bold = new PdfText(pdf.font("DejaVuSans-Bold.ttf"));
            pdf.code = new PdfText(pdf.font("DejaVuSansMono-Bold.ttf"));
            pdf.pages(list);
            pdf.endPage();
            pdf.document.save(out);
        } finally {
            if (pdf.page != null) {
                pdf.page.close();
            }
            pdf.document.close();
        }
    }

    private void pages(PupilList list) throws IOException {
        if (list.pupils().isEmpty()) {
            newPage(list, labels.text("import.list.none"));
            return;
        }
        String shown = null;
        int number = 0;
        for (PrintedPupil pupil : list.pupils()) {
            String className = labels.className(pupil.className());
            if (!Objects.equals(className, shown) || y < MARGIN + 3 * LINE) {
                number = Objects.equals(className, shown) ? number : 0;
                newPage(list, labels.text("import.list.class") + " " + className);
                shown = className;
            }
            number++;
            row(List.of(Integer.toString(number), pupil.fullName(), pupil.number(), pupil.activationCode()), regular);
        }
    }

    private void newPage(PupilList list, String title) throws IOException {
        endPage();
        PDPage next = new PDPage(PAGE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        page.setLineWidth(0.5f);
        y = PAGE.getHeight() - MARGIN - 14;
        text(bold, 15, MARGIN, labels.text("import.list.title") + " — " + list.schoolName());
        y -= 18;
        text(regular, 9, MARGIN, labels.heading(list));
        y -= 24;
        text(bold, 13, MARGIN, title);
        y -= 22;
        row(List.of("№", labels.text("import.list.name"), labels.text("import.list.number"), labels.text("import.list.code")), bold);
        page.moveTo(MARGIN, y + LINE - 4);
        page.lineTo(PAGE.getWidth() - MARGIN, y + LINE - 4);
        page.stroke();
    }

    private void endPage() throws IOException {
        if (page == null) {
            return;
        }
        float width = PAGE.getWidth() - 2 * MARGIN;
        text(regular, 8, MARGIN, MARGIN + 10, regular.fitted(labels.text("import.list.hint1"), 8, width));
        text(regular, 8, MARGIN, MARGIN, regular.fitted(labels.text("import.list.hint2"), 8, width));
        page.close();
        page = null;
    }

    private void row(List<String> cells, PdfText font) throws IOException {
        float x = MARGIN;
        for (int column = 0; column < WIDTHS.length; column++) {
            PdfText cellFont = column == 3 && font == regular ? code : font;
            float size = column == 3 && font == regular ? SIZE + 2 : SIZE;
            text(cellFont, size, x, y, cellFont.fitted(cells.get(column), size, WIDTHS[column] - 6));
            x += WIDTHS[column];
        }
        page.moveTo(MARGIN, y - 5);
        page.lineTo(PAGE.getWidth() - MARGIN, y - 5);
        page.stroke();
        y -= LINE;
    }

    private void text(PdfText font, float size, float x, String value) throws IOException {
        text(font, size, x, y, font.fitted(value, size, PAGE.getWidth() - 2 * MARGIN));
    }

    private void text(PdfText font, float size, float x, float atY, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        page.beginText();
        page.setFont(font.font(), size);
        page.newLineAtOffset(x, atY);
        page.showText(value);
        page.endText();
    }

    private PDType0Font font(String file) throws IOException {
        try (InputStream in = PupilListPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("The font " + file + " is not on the class path (jasperreports-fonts)");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        }
    }
}
