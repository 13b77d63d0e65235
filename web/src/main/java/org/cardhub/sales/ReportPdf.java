package org.cardhub.sales;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.cardhub.money.Amount;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * A report as a PDF, A4 upright: its title and lines, then each table with its title, its column titles (again on
 * every page it runs onto), its rows and its totals; pages numbered. The text is DejaVu Sans Condensed, embedded (the
 * glyphs used only), as in the transactions' statement, so Cyrillic and ₽ read the same on any reader; a character the
 * font lacks shows as "?", a cell too long for its column is cut with an ellipsis.
 */
public final class ReportPdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 36;
    private static final float SIZE = 8.5f;
    private static final float LINE = 12.5f;
    private static final String ELLIPSIS = "…";

    private final PDDocument document = new PDDocument();
    private final ReportDocument report;
    private final Function<Amount, String> money;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream page;
    private int pages;
    private float y;

    private ReportPdf(ReportDocument report, Function<Amount, String> money) throws IOException {
        this.report = report;
        this.money = money;
        this.regular = font("DejaVuSansCondensed.ttf");
        this.bold = font("DejaVuSansCondensed-Bold.ttf");
    }

    /** Writes the report; {@code money} writes an amount as its reader reads it («1 500,00 ₽»). */
    public static void write(ReportDocument report, Function<Amount, String> money, OutputStream out) throws IOException {
        ReportPdf pdf = new ReportPdf(report, money);
        try {
            pdf.render();
            pdf.document.save(out);
        } finally {
            pdf.document.close();
        }
        out.flush();
    }

    private void render() throws IOException {
        newPage();
        text(bold, 13, MARGIN, report.title());
        y -= 17;
        for (String line : report.lines()) {
            text(regular, 9, MARGIN, line);
            y -= 12;
        }
        for (ReportTable table : report.tables()) {
            table(table);
        }
        endPage();
    }

    private void table(ReportTable table) throws IOException {
        if (y < MARGIN + 5 * LINE) {
            newPage();
        }
        y -= 10;
        text(bold, 10.5f, MARGIN, table.title());
        y -= 15;
        float[] widths = widths(table.columns());
        titles(table, widths);
        for (List<Object> row : table.rows()) {
            if (y < MARGIN + 2 * LINE) {
                newPage();
                titles(table, widths);
            }
            cells(regular, table.columns(), row, widths);
        }
        if (table.hasTotals()) {
            if (y < MARGIN + 2 * LINE) {
                newPage();
            }
            rule(y + LINE - 2.5f);
            cells(bold, table.columns(), table.totals(), widths);
        }
    }

    private void titles(ReportTable table, float[] widths) throws IOException {
        cells(bold, table.columns(), table.columns().stream().map(column -> (Object) column.title()).toList(), widths);
        rule(y + LINE - 2.5f);
    }

    private void cells(PDType0Font font, List<ReportTable.Column> columns, List<Object> values, float[] widths)
            throws IOException {
        float x = MARGIN;
        for (int column = 0; column < columns.size(); column++) {
            float width = widths[column] - 6;
            String value = fitted(font, shown(column < values.size() ? values.get(column) : null), width);
            boolean right = columns.get(column).kind() != ReportTable.Kind.TEXT;
            float left = right ? x + width - width(font, value) : x;
            text(font, SIZE, left, y, value);
            x += widths[column];
        }
        y -= LINE;
    }

    private String shown(Object value) {
        if (value instanceof Amount amount) {
            return money.apply(amount);
        }
        return value == null ? "" : value.toString().replace("\u202f", " ");
    }

    private static float[] widths(List<ReportTable.Column> columns) {
        float total = (float) columns.stream().mapToDouble(ReportTable.Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = (PAGE.getWidth() - 2 * MARGIN) * columns.get(column).weight() / total;
        }
        return widths;
    }

    private void newPage() throws IOException {
        endPage();
        PDPage next = new PDPage(PAGE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        page.setLineWidth(0.5f);
        pages++;
        y = PAGE.getHeight() - MARGIN - 10;
    }

    private void endPage() throws IOException {
        if (page == null) {
            return;
        }
        String number = report.page() + " " + pages;
        text(regular, 7.5f, PAGE.getWidth() - MARGIN - width(regular, number) * 7.5f / SIZE, MARGIN - 14, number);
        page.close();
        page = null;
    }

    private void rule(float atY) throws IOException {
        page.moveTo(MARGIN, atY);
        page.lineTo(PAGE.getWidth() - MARGIN, atY);
        page.stroke();
    }

    private void text(PDType0Font font, float size, float x, String value) throws IOException {
        text(font, size, x, y, fitted(font, value, PAGE.getWidth() - 2 * MARGIN, size));
    }

    private void text(PDType0Font font, float size, float x, float atY, String value) throws IOException {
        if (value.isEmpty()) {
            return;
        }
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, atY);
        page.showText(value);
        page.endText();
    }

    private String fitted(PDType0Font font, String text, float width) throws IOException {
        return fitted(font, text, width, SIZE);
    }

    /** The text with what the font cannot show replaced by "?", cut to {@code width} points at {@code size}. */
    private static String fitted(PDType0Font font, String text, float width, float size) throws IOException {
        StringBuilder showable = new StringBuilder();
        for (int point : (text == null ? "" : text).codePoints().toArray()) {
            String character = new String(Character.toChars(Character.isISOControl(point) ? ' ' : point));
            showable.append(hasGlyph(font, character) ? character : "?");
        }
        String shown = showable.toString();
        if (font.getStringWidth(shown) / 1000 * size <= width) {
            return shown;
        }
        int end = shown.length();
        while (end > 0 && font.getStringWidth(shown.substring(0, end) + ELLIPSIS) / 1000 * size > width) {
            end = shown.offsetByCodePoints(end, -1);
        }
        return shown.substring(0, end).strip() + ELLIPSIS;
    }

    private static boolean hasGlyph(PDType0Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }

    private static float width(PDType0Font font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * SIZE;
    }

    private PDType0Font font(String file) throws IOException {
        try (InputStream in = ReportPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("The font " + file + " is not on the class path (jasperreports-fonts)");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        }
    }
}
