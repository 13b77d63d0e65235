package org.cardhub.corporate.export;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Text a PDF font can show: characters it has no glyph for (or control characters) become "?", and text longer than
 * its column is cut with an ellipsis, since a PDF does not wrap or clip by itself.
 */
public final class PdfText {

    private static final String ELLIPSIS = "…";

    private final PDType0Font font;
    private final Map<Integer, Boolean> shown = new HashMap<>();

    public PdfText(PDType0Font font) {
        this.font = font;
    }

    public PDType0Font font() {
        return font;
    }

    public float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with what the font cannot show replaced, cut to {@code width} points at {@code size}. */
    public String fitted(String text, float size, float width) throws IOException {
        String showable = showable(text == null ? "" : text);
        if (width(showable, size) <= width) {
            return showable;
        }
        int end = showable.length();
        while (end > 0 && width(showable.substring(0, end) + ELLIPSIS, size) > width) {
            end = showable.offsetByCodePoints(end, -1);
        }
        return showable.substring(0, end).strip() + ELLIPSIS;
    }

    private String showable(String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (Character.isISOControl(point) || Character.isWhitespace(point) && point != ' ' && point != '\u00a0') {
                result.append(' ');
            } else if (shown.computeIfAbsent(point, this::hasGlyph)) {
                result.appendCodePoint(point);
            } else {
                result.append('?');
            }
        });
        return result.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }
}
