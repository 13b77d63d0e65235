package org.cardhub.schooloffice.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV text as schools save it: UTF-8 (with or without its byte-order mark) or, when the bytes are not UTF-8,
 * windows-1251 as Excel saves "CSV" on a Russian Windows; cells separated by «;» (Excel's in Russia), «,» or a tab —
 * whichever the header line has most of; quoted cells may hold the separator, doubled quotes and line breaks.
 */
final class CsvRecords {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final char[] SEPARATORS = {';', ',', '\t'};

    private CsvRecords() {
    }

    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1251);
        }
    }

    static List<SheetRecord> read(String text) {
        char separator = separatorOf(firstLine(text));
        List<SheetRecord> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                records.add(new SheetRecord(recordLine, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                recordLine = ++line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new SheetRecord(recordLine, List.copyOf(cells)));
        }
        return records;
    }

    private static String firstLine(String text) {
        for (String line : text.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    private static char separatorOf(String header) {
        char best = ';';
        long most = 0;
        for (char separator : SEPARATORS) {
            long count = header.chars().filter(c -> c == separator).count();
            if (count > most) {
                most = count;
                best = separator;
            }
        }
        return best;
    }
}
