package org.cardhub.documents.control;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook of one large sheet, its SpreadsheetML written straight into the zip as rows come: the package's fixed
 * parts (content types, relationships, workbook, styles) first, then the sheet, row by row, money and litres as
 * number cells in the Russian formats, times as date cells, and last the texts, each once: a fleet's cards, holders
 * and stations repeat on every row, so the rows name them by their number in the shared strings (held in memory: as
 * many as the month has different texts, not rows). It is what POI's streaming workbook writes, less its per-cell
 * objects, style look-ups and temporary file: for the transaction report of a month of 300 000 movements those cost
 * nine seconds of a core (measured, see README-documents), this a fraction of one. POI reads the files back in the
 * tests; the small documents are written with POI itself ({@link XlsxBook}).
 */
final class StreamedSheet implements Closeable {

    /** The cell formats of {@link #STYLES}, by index. */
    enum Style { PLAIN, BOLD, ROUBLES, LITRES, BOLD_ROUBLES, MINUTE }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"3\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"#,##0.00\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.000\"/>"
            + "<numFmt numFmtId=\"166\" formatCode=\"dd.mm.yyyy hh:mm\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
    /** Day 0 of Excel's dates (in its 1900 system, with the leap day 1900 that never was). */
    private static final long EXCEL_EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();

    private final ZipOutputStream zip;
    private final Writer xml;
    /** The row being written: one write to the (locking) writer a row instead of one a cell's every part. */
    private final StringBuilder line = new StringBuilder(512);
    private final Map<String, Integer> shared = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private int row;
    private int column;

    /** Starts the file: {@code frozen} rows stay in view while scrolling; widths in characters. */
    StreamedSheet(OutputStream out, String name, int frozen, int... widths) throws IOException {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
        part("_rels/.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\"" + DOCUMENT
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOCUMENT + "\"><sheets><sheet name=\""
                + escaped(name) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
                + DOCUMENT + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + DOCUMENT
                + "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId3\" Type=\"" + DOCUMENT
                + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        part("xl/styles.xml", STYLES);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\">");
        xml.write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"" + frozen + "\" topLeftCell=\"A" + (frozen + 1)
                + "\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>");
        for (int i = 0; i < widths.length; i++) {
            xml.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + widths[i] + "\" customWidth=\"1\"/>");
        }
        xml.write("</cols><sheetData>");
    }

    void row() throws IOException {
        endRow();
        row++;
        column = 0;
        line.append("<row r=\"").append(row).append("\">");
    }

    void text(String value, Style style) {
        if (value == null || value.isEmpty()) {
            column++;
            return;
        }
        Integer index = shared.get(value);
        if (index == null) {
            index = strings.size();
            shared.put(value, index);
            strings.add(value);
        }
        cell(style, " t=\"s\"><v>");
        line.append(index).append("</v></c>");
    }

    void text(String value) {
        text(value, Style.PLAIN);
    }

    /** Kopecks as roubles ({@code scale} 2) or millilitres as litres (3). */
    void number(long minor, int scale, Style style) {
        cell(style, "><v>");
        if (minor < 0) {
            line.append('-');
        }
        long whole = Math.abs(minor);
        long unit = scale == 2 ? 100 : 1000;
        line.append(whole / unit).append('.');
        String fraction = Long.toString(whole % unit + unit);
        line.append(fraction, 1, scale + 1).append("</v></c>");
    }

    /** A date cell: days since Excel's day 0, the time of day to the millionth of a day (a tenth of a second). */
    void time(LocalDateTime at) {
        cell(Style.MINUTE, "><v>");
        long millionths = Math.round(at.toLocalTime().toSecondOfDay() / 0.0864);
        line.append(at.toLocalDate().toEpochDay() - EXCEL_EPOCH).append('.');
        String fraction = Long.toString(1_000_000 + millionths);
        line.append(fraction, 1, 7).append("</v></c>");
    }

    void skip() {
        column++;
    }

    /** Ends the sheet and the file. */
    void finish() throws IOException {
        endRow();
        xml.write("</sheetData></worksheet>");
        xml.flush();
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN + "\" uniqueCount=\""
                + strings.size() + "\">");
        for (String text : strings) {
            line.append("<si><t xml:space=\"preserve\">").append(escaped(text)).append("</t></si>");
            xml.append(line);
            line.setLength(0);
        }
        xml.write("</sst>");
        xml.flush();
        zip.closeEntry();
        zip.finish();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private void endRow() throws IOException {
        if (row > 0) {
            line.append("</row>");
            xml.append(line);
            line.setLength(0);
        }
    }

    private void cell(Style style, String open) {
        line.append("<c r=\"").append((char) ('A' + column++)).append(row).append('"');
        if (style != Style.PLAIN) {
            line.append(" s=\"").append((char) ('0' + style.ordinal())).append('"');
        }
        line.append(open);
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    /** Text as XML character data: markup escaped, characters XML 1.0 does not allow dropped. */
    static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? "" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
