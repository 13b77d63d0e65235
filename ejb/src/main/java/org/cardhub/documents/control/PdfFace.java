package org.cardhub.documents.control;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A DejaVu face embedded in a PDF (the glyphs used only), with what writing text needs per character worked out once:
 * its glyph code as it goes into a literal string of a content stream (escaped), and its advance width. A month's
 * transaction report shows millions of characters; looking each up in the font's tables every time would cost more
 * than everything else. A character the font has no glyph for is shown as "?".
 */
final class PdfFace {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final PDType0Font font;
    private final COSName name;
    private final byte[][] codes = new byte[Character.MAX_VALUE + 1][];
    private final float[] widths = new float[Character.MAX_VALUE + 1];

    PdfFace(PDDocument document, PDResources resources, String file) throws IOException {
        try (InputStream in = PdfFace.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("The font " + file + " is not on the class path (jasperreports-fonts)");
            }
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // no ligatures or contextual forms in documents of figures: shaping would cost more than writing
            parsed.setEnableGsub(false);
            this.font = PDType0Font.load(document, parsed, true);
        }
        this.name = resources.add(font);
    }

    COSName name() {
        return name;
    }

    /** The width of the text at {@code size} points. */
    float width(String text, float size) throws IOException {
        float units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (codes[c] == null) {
                learn(c);
            }
            units += widths[c];
        }
        return units / 1000 * size;
    }

    /** The width of one character at {@code size} points. */
    float width(char c, float size) throws IOException {
        if (codes[c] == null) {
            learn(c);
        }
        return widths[c] / 1000 * size;
    }

    /** Appends the text as the inside of a literal string: glyph codes, escaped. */
    void encode(String text, ContentBuffer out) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (codes[c] == null) {
                learn(c);
            }
            out.put(codes[c]);
        }
    }

    private void learn(char c) throws IOException {
        char shown = Character.isISOControl(c) || Character.isWhitespace(c) && c != ' ' && c != '\u00a0' ? ' ' : c;
        byte[] glyph;
        try {
            glyph = Character.isSurrogate(shown) ? null : font.encode(String.valueOf(shown));
        } catch (IllegalArgumentException missing) {
            glyph = null;
        }
        if (glyph == null) {
            shown = '?';
            glyph = font.encode("?");
        }
        font.addToSubset(shown);
        ByteArrayOutputStream escaped = new ByteArrayOutputStream(4);
        for (byte b : glyph) {
            switch (b) {
                case '(', ')', '\\' -> escaped.write(new byte[]{'\\', b});
                case '\r' -> escaped.write(new byte[]{'\\', 'r'});
                case '\n' -> escaped.write(new byte[]{'\\', 'n'});
                default -> escaped.write(b);
            }
        }
        codes[c] = escaped.toByteArray();
        widths[c] = font.getStringWidth(String.valueOf(shown));
    }
}
