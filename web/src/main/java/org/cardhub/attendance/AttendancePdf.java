package org.cardhub.attendance;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.cardhub.school.entity.AttendanceCounts;
import org.cardhub.school.entity.AttendanceDay;
import org.cardhub.school.entity.AttendanceSheet;
import org.cardhub.school.entity.AttendanceStatus;
import org.cardhub.school.entity.LessonDay;
import org.cardhub.school.entity.PupilAttendance;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A class's register as a PDF, A4 landscape: the class, the school, the period and the hours on top, then a line per
 * pupil with a coloured mark, the status and the first entry for each day (and leaving early under it), the column
 * headings again on each page, each day's figures at the end. The text is in DejaVu Sans Condensed, embedded, so
 * Cyrillic reads the same everywhere.
 */
final class AttendancePdf implements AutoCloseable {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 32;
    private static final float SIZE = 8f;
    private static final float LINE = 11f;
    private static final float NAME_WIDTH = 170;
    private static final Map<AttendanceStatus, Color> MARKS = Map.of(AttendanceStatus.PRESENT, new Color(0x1F7A3A),
            AttendanceStatus.LATE, new Color(0xC27803), AttendanceStatus.ABSENT, new Color(0xC81E1E),
            AttendanceStatus.EXPECTED, new Color(0x9AA5B1), AttendanceStatus.NO_LESSONS, new Color(0xCBD2D9));

    private final PDDocument document = new PDDocument();
    private final AttendanceLabels labels;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream page;
    private float y;

    private AttendancePdf(AttendanceLabels labels) throws IOException {
        this.labels = labels;
        this.regular = font("DejaVuSansCondensed.ttf");
        this.bold = font("DejaVuSansCondensed-Bold.ttf");
    }

    /** The register as a PDF, written into {@code out}. */
    static void write(AttendanceSheet register, AttendanceLabels labels, OutputStream out) throws IOException {
        try (AttendancePdf pdf = new AttendancePdf(labels)) {
            pdf.write(register, out);
        }
    }

    private void write(AttendanceSheet register, OutputStream out) throws IOException {
        List<LocalDate> days = register.days();
        float dayWidth = (PAGE.getWidth() - 2 * MARGIN - NAME_WIDTH) / days.size();
        newPage();
        text(bold, 13, MARGIN, labels.text("attendance.file.title", register.className(), register.schoolName()));
        y -= 16;
        text(regular, 9, MARGIN, labels.text("attendance.file.period", new AttendancePeriod(register.from(), register.to()).text())
                + ". " + labels.text("attendance.file.hours", labels.time(register.lessonsStart()),
                labels.time(register.lessonsEnd()), register.zone().getId()));
        y -= 18;
        headings(days, dayWidth);
        for (PupilAttendance pupil : register.pupils()) {
            if (y < MARGIN + 2 * LINE) {
                newPage();
                headings(days, dayWidth);
            }
            text(regular, SIZE, MARGIN, fitted(regular, pupil.name(), NAME_WIDTH - 6));
            for (int day = 0; day < days.size(); day++) {
                cell(pupil.on(days.get(day)), MARGIN + NAME_WIDTH + day * dayWidth, dayWidth);
            }
            y -= 2 * LINE;
            rule(y + LINE + 2);
        }
        figures(register, days, dayWidth);
        page.close();
        page = null;
        document.save(out);
        out.flush();
    }

    private void cell(AttendanceDay day, float x, float width) throws IOException {
        page.setNonStrokingColor(MARKS.get(day.status()));
        page.addRect(x, y, 6, 6);
        page.fill();
        page.setNonStrokingColor(Color.BLACK);
        text(regular, SIZE, x + 9, fitted(regular, labels.mark(day), width - 12));
        String early = labels.leftEarly(day);
        if (!early.isEmpty()) {
            text(regular, SIZE - 1, x + 9, y - LINE + 2, fitted(regular, early, width - 12));
        }
    }

    private void headings(List<LocalDate> days, float dayWidth) throws IOException {
        text(bold, SIZE, MARGIN, labels.text("attendance.column.pupil"));
        for (int day = 0; day < days.size(); day++) {
            text(bold, SIZE, MARGIN + NAME_WIDTH + day * dayWidth, labels.dayHeading(days.get(day)));
        }
        y -= LINE;
        rule(y + LINE - 2);
        y -= 4;
    }

    private void figures(AttendanceSheet register, List<LocalDate> days, float dayWidth) throws IOException {
        Map<String, ToLongFunction<AttendanceCounts>> figures = new LinkedHashMap<>();
        figures.put("attendance.counts.present", AttendanceCounts::present);
        figures.put("attendance.counts.late", AttendanceCounts::late);
        figures.put("attendance.counts.absent", AttendanceCounts::absent);
        figures.put("attendance.counts.leftEarly", AttendanceCounts::leftEarly);
        if (y < MARGIN + (figures.size() + 1) * LINE) {
            newPage();
        }
        y -= 4;
        for (Map.Entry<String, ToLongFunction<AttendanceCounts>> figure : figures.entrySet()) {
            text(bold, SIZE, MARGIN, labels.text(figure.getKey()));
            for (int day = 0; day < days.size(); day++) {
                AttendanceCounts counts = register.countsOn(days.get(day));
                String shown = counts.lessonDay() == LessonDay.NO_LESSONS ? "—" : figure.getValue().applyAsLong(counts)
                        + (figure.getKey().equals("attendance.counts.present") ? " / " + counts.pupils() : "");
                text(regular, SIZE, MARGIN + NAME_WIDTH + day * dayWidth + 9, shown);
            }
            y -= LINE;
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PAGE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        page.setLineWidth(0.4f);
        y = PAGE.getHeight() - MARGIN - 10;
    }

    private void rule(float at) throws IOException {
        page.setStrokingColor(new Color(0xD0D5DB));
        page.moveTo(MARGIN, at);
        page.lineTo(PAGE.getWidth() - MARGIN, at);
        page.stroke();
    }

    private void text(PDType0Font font, float size, float x, String value) throws IOException {
        text(font, size, x, y, value);
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

    /**
     * The text cut with an ellipsis to {@code width} points (a PDF does not clip by itself), any character the font
     * has no glyph for shown as "?".
     */
    private static String fitted(PDType0Font font, String text, float width) throws IOException {
        StringBuilder showable = new StringBuilder();
        for (int point : text.codePoints().toArray()) {
            String character = new String(Character.toChars(point));
            showable.append(Character.isISOControl(point) || !hasGlyph(font, character) ? "?" : character);
        }
        String shown = showable.toString();
        while (!shown.isEmpty() && font.getStringWidth(shown) / 1000 * SIZE > width) {
            String shorter = shown.endsWith("…") ? shown.substring(0, shown.length() - 1) : shown;
            shown = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1)).strip() + "…";
            if (shown.equals("…")) {
                return "";
            }
        }
        return shown;
    }

    private static boolean hasGlyph(PDType0Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }

    private PDType0Font font(String file) throws IOException {
        try (InputStream in = AttendancePdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("The font " + file + " is not on the class path (jasperreports-fonts)");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            return PDType0Font.load(document, font, true);
        }
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
        }
        document.close();
    }
}
