package org.cardhub.corporate.export;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionTotals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Transactions as a PDF statement, A4 landscape, written page by page: each finished page's content goes to a
 * temporary file (PDFBox's temp-file stream cache), so only the small page objects stay in memory whatever the number
 * of rows; the file itself is assembled from them when {@link #finish} saves it. The heading (company, contract,
 * period, filter) opens the first page, the column titles open every page, the totals close the last. The text is in
 * DejaVu Sans Condensed, embedded (the glyphs used only), so Cyrillic and ₽ read the same on any reader.
 */
public final class PdfSheet implements TransactionSheet {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 28;
    private static final float SIZE = 7f;
    private static final float LINE = 10.5f;
    /** Column widths in points (786 in all), and which are numbers aligned right. */
    private static final float[] WIDTHS = {66, 70, 86, 64, 48, 72, 48, 56, 48, 58, 46, 44, 80};
    private static final boolean[] RIGHT = {false, false, false, false, false, false, true, true, true, true, false, false, false};

    private final OutputStream out;
    private final TransactionLabels labels;
    private final ExportHeading heading;
    private final PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    private final PdfText regular;
    private final PdfText bold;
    private PDPageContentStream page;
    private int pages;
    private float y;
    /** The font and size the page's text state holds: setting them again for every cell costs more than the cell. */
    private PdfText currentFont;
    private float currentSize;

    public PdfSheet(OutputStream out, TransactionLabels labels, ExportHeading heading) throws IOException {
        this.out = out;
        this.labels = labels;
        this.heading = heading;
        this.regular = new PdfText(font("DejaVuSansCondensed.ttf"));
        this.bold = new PdfText(font("DejaVuSansCondensed-Bold.ttf"));
    }

    private PDType0Font font(String file) throws IOException {
        try (InputStream in = PdfSheet.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("The font " + file + " is not on the class path (jasperreports-fonts)");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // no ligatures or contextual forms in a table of figures; shaping each cell costs more than writing it
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        }
    }

    @Override
    public void header() throws IOException {
        newPage();
        text(bold, 13, MARGIN, heading.title());
        y -= 16;
        for (String line : List.of(heading.company(), heading.period(), heading.filter(), heading.made())) {
            text(regular, 9, MARGIN, line);
            y -= 12;
        }
        y -= 4;
        columnTitles();
    }

    @Override
    public void row(TransactionRow row) throws IOException {
        if (y < MARGIN + 2 * LINE) {
            newPage();
            columnTitles();
        }
        cells(regular, List.of(labels.when(row.bookedAt()), labels.card(row), labels.vehicle(row), orEmpty(row.station()),
                labels.region(row.region()), labels.product(row.product()),
                row.volume().isZero() ? "" : labels.amount(row.volume()), row.isSale() ? labels.amount(row.price()) : "",
                row.isDiscounted() ? labels.amount(row.discount()) : "", labels.amount(row.amount()),
                labels.type(row.type()), labels.status(row.status()), labels.suspicions(row)));
    }

    @Override
    public void totals(TransactionTotals totals) throws IOException {
        if (y < MARGIN + 4 * LINE) {
            newPage();
        }
        y -= 4;
        page.moveTo(MARGIN, y + LINE - 2);
        page.lineTo(PAGE.getWidth() - MARGIN, y + LINE - 2);
        page.stroke();
        text(bold, 9, MARGIN, labels.text("fleet.tx.totals") + ". " + labels.text("fleet.tx.count") + ": " + totals.count());
        y -= 12;
        text(bold, 9, MARGIN, labels.text("fleet.tx.spent") + ": " + labels.amount(totals.spent()) + ", "
                + labels.amount(totals.litres()));
        y -= 12;
        text(bold, 9, MARGIN, labels.text("fleet.tx.toppedUp") + ": " + labels.amount(totals.toppedUp()));
    }

    @Override
    public void finish() throws IOException {
        endPage();
        document.save(out);
        out.flush();
    }

    /** Drops the temporary file of the pages. */
    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
        }
        document.close();
    }

    private void newPage() throws IOException {
        endPage();
        PDPage next = new PDPage(PAGE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        currentFont = null;
        pages++;
        page.setLineWidth(0.5f);
        y = PAGE.getHeight() - MARGIN - 10;
    }

    /** Numbers the page and writes its content out of memory. */
    private void endPage() throws IOException {
        if (page == null) {
            return;
        }
        String number = labels.text("fleet.export.page") + " " + pages;
        text(regular, SIZE, PAGE.getWidth() - MARGIN - regular.width(number, SIZE), MARGIN - 12, number);
        page.close();
        page = null;
    }

    private void columnTitles() throws IOException {
        List<String> titles = labels.headers();
        cells(bold, titles);
        page.moveTo(MARGIN, y + LINE - 1.5f);
        page.lineTo(PAGE.getWidth() - MARGIN, y + LINE - 1.5f);
        page.stroke();
    }

    /** One line of the table in one text object, each cell placed relative to the one before. */
    private void cells(PdfText font, List<String> values) throws IOException {
        page.beginText();
        use(font, SIZE);
        float x = MARGIN;
        float at = 0;
        boolean first = true;
        for (int column = 0; column < WIDTHS.length; column++) {
            float width = WIDTHS[column] - 4;
            String value = font.fitted(values.get(column), SIZE, width);
            if (!value.isEmpty()) {
                float left = RIGHT[column] ? x + width - font.width(value, SIZE) : x;
                page.newLineAtOffset(left - at, first ? y : 0);
                page.showText(value);
                at = left;
                first = false;
            }
            x += WIDTHS[column];
        }
        page.endText();
        y -= LINE;
    }

    private void text(PdfText font, float size, float x, String value) throws IOException {
        text(font, size, x, y, font.fitted(value, size, PAGE.getWidth() - 2 * MARGIN));
    }

    private void text(PdfText font, float size, float x, float atY, String value) throws IOException {
        if (value.isEmpty()) {
            return;
        }
        page.beginText();
        use(font, size);
        page.newLineAtOffset(x, atY);
        page.showText(value);
        page.endText();
    }

    private void use(PdfText font, float size) throws IOException {
        if (font != currentFont || size != currentSize) {
            page.setFont(font.font(), size);
            currentFont = font;
            currentSize = size;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
