package org.cardhub.documents.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table on a {@link PdfCanvas}: column titles wrapped to their columns, then rows of one line each, cut to
 * their columns; numbers right-aligned. Each method returns where the next row starts.
 */
final class PdfTable {

    private static final float PAD = 2;

    private final PdfCanvas pdf;
    private final float left;
    private final float[] widths;
    private final boolean[] right;

    PdfTable(PdfCanvas pdf, float left, float[] widths, boolean[] right) {
        this.pdf = pdf;
        this.left = left;
        this.widths = widths.clone();
        this.right = right.clone();
    }

    float header(float top, List<String> titles, float size) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int column = 0; column < widths.length; column++) {
            List<String> cell = wrap(pdf.bold, size, widths[column] - 2 * PAD, titles.get(column));
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * (size + 1.5f) + 2 * PAD;
        float x = left;
        for (int column = 0; column < widths.length; column++) {
            float y = top - PAD - size;
            for (String line : wrapped.get(column)) {
                pdf.text(pdf.bold, size, x + PAD, y, line);
                y -= size + 1.5f;
            }
            x += widths[column];
        }
        rules(top, top - height);
        return top - height;
    }

    float row(float top, List<String> cells, PdfFace face, float size) throws IOException {
        float height = size + 2 * PAD + 1.5f;
        float x = left;
        float y = top - PAD - size;
        for (int column = 0; column < widths.length; column++) {
            pdf.cell(face, size, x + PAD, y, widths[column] - 2 * PAD, cells.get(column), right[column]);
            x += widths[column];
        }
        rules(top, top - height);
        return top - height;
    }

    private void rules(float top, float bottom) throws IOException {
        float x = left;
        pdf.line(x, top, x, bottom);
        for (float width : widths) {
            x += width;
            pdf.line(x, top, x, bottom);
        }
        pdf.line(left, top, x, top);
        pdf.line(left, bottom, x, bottom);
    }

    /** The text in lines no wider than {@code width}, broken between words (a word wider than that is cut). */
    static List<String> wrap(PdfFace face, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (face.width(tried, size) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
