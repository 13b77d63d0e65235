package org.cardhub.documents.control;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A PDF written page by page with the few operators documents need — text at a point, left or right aligned, cut to
 * a width, and lines — in DejaVu Sans Condensed, embedded. Each page's content is assembled as bytes and, when the page
 * ends, compressed (fastest level: a month's report has thousands of pages) into PDFBox's temporary file, so only the
 * small page objects stay in memory whatever the number of rows.
 */
final class PdfCanvas implements Closeable {

    static final PDRectangle PORTRAIT = PDRectangle.A4;
    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final String ELLIPSIS = "…";
    private static final byte[] MOVE = " Td (".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] SHOWN = ") Tj\n".getBytes(StandardCharsets.ISO_8859_1);

    private final PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    private final PDResources resources = new PDResources();
    private final PDRectangle size;
    final PdfFace regular;
    final PdfFace bold;
    private final ContentBuffer content = new ContentBuffer();
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private PDPage page;
    private int pages;
    private boolean inText;
    private PdfFace face;
    private float points;
    /** Where the text object's current line starts, in hundredths of a point: texts are placed relative to it. */
    private int lineX;
    private int lineY;

    PdfCanvas(PDRectangle size) throws IOException {
        this.size = size;
        this.regular = new PdfFace(document, resources, "DejaVuSansCondensed.ttf");
        this.bold = new PdfFace(document, resources, "DejaVuSansCondensed-Bold.ttf");
    }

    float width() {
        return size.getWidth();
    }

    float height() {
        return size.getHeight();
    }

    int pages() {
        return pages;
    }

    void newPage() throws IOException {
        endPage();
        page = new PDPage(size);
        page.setResources(resources);
        document.addPage(page);
        pages++;
        write("0.5 w\n");
    }

    void text(PdfFace font, float fontSize, float x, float y, String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (!inText) {
            write("BT\n");
            inText = true;
            face = null;
            lineX = 0;
            lineY = 0;
        }
        if (font != face || fontSize != points) {
            write("/" + font.name().getName() + " ");
            number(fontSize);
            write(" Tf\n");
            face = font;
            points = fontSize;
        }
        // a move from the last text's start (Td) is half as long as placing each anew (Tm), and exact in hundredths
        int atX = Math.round(x * 100f);
        int atY = Math.round(y * 100f);
        hundredths(atX - lineX);
        content.put(' ');
        hundredths(atY - lineY);
        lineX = atX;
        lineY = atY;
        content.put(MOVE);
        font.encode(text, content);
        content.put(SHOWN);
    }

    /** The text ending at {@code right}. */
    void right(PdfFace font, float fontSize, float right, float y, String text) throws IOException {
        text(font, fontSize, right - font.width(text, fontSize), y, text);
    }

    /**
     * The text in a cell {@code width} points wide from {@code x}, left or right aligned, cut with an ellipsis where it
     * is wider; its width is measured once.
     */
    void cell(PdfFace font, float fontSize, float x, float y, float width, String text, boolean alignRight) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        float measured = font.width(text, fontSize);
        if (measured > width) {
            text = fitted(font, fontSize, width, text);
            measured = font.width(text, fontSize);
        }
        text(font, fontSize, alignRight ? x + width - measured : x, y, text);
    }

    /** The text cut with an ellipsis where it is wider than {@code width} points. */
    String fitted(PdfFace font, float fontSize, float width, String text) throws IOException {
        if (text == null || font.width(text, fontSize) <= width) {
            return text;
        }
        float room = width - font.width(ELLIPSIS, fontSize);
        int end = 0;
        float used = 0;
        while (end < text.length()) {
            float next = font.width(text.charAt(end), fontSize);
            if (used + next > room) {
                break;
            }
            used += next;
            end++;
        }
        return text.substring(0, end).strip() + ELLIPSIS;
    }

    void line(float x1, float y1, float x2, float y2) throws IOException {
        endText();
        number(x1);
        content.put(' ');
        number(y1);
        write(" m ");
        number(x2);
        content.put(' ');
        number(y2);
        write(" l S\n");
    }

    void save(OutputStream out) throws IOException {
        endPage();
        document.save(out, CompressParameters.NO_COMPRESSION);
    }

    @Override
    public void close() throws IOException {
        deflater.end();
        document.close();
    }

    private void endText() throws IOException {
        if (inText) {
            write("ET\n");
            inText = false;
        }
    }

    /** Compresses the page's content into the document's temporary file and starts the buffer afresh. */
    private void endPage() throws IOException {
        if (page == null) {
            return;
        }
        endText();
        COSStream stream = document.getDocument().createCOSStream();
        deflater.reset();
        try (OutputStream compressed = new DeflaterOutputStream(stream.createRawOutputStream(), deflater, 16 * 1024)) {
            content.writeTo(compressed);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        page.setContents(new PDStream(stream));
        content.reset();
        page = null;
    }

    private void write(String operator) {
        content.put(operator);
    }

    private void number(float value) {
        hundredths(Math.round(value * 100f));
    }

    /** A length in hundredths of a point, digit by digit: a report writes millions of them. */
    private void hundredths(int hundredths) {
        if (hundredths < 0) {
            content.put('-');
            hundredths = -hundredths;
        }
        digits(hundredths / 100);
        int fraction = hundredths % 100;
        if (fraction != 0) {
            content.put('.');
            content.put('0' + fraction / 10);
            content.put('0' + fraction % 10);
        }
    }

    private void digits(int value) {
        if (value >= 10) {
            digits(value / 10);
        }
        content.put('0' + value % 10);
    }
}
