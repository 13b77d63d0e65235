package org.cardhub.cabinet;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A file's size as people read it: {@code 820 Б}, {@code 48 КБ}, {@code 20,1 МБ} (B, KB, MB in English). */
public final class FileSizes {

    private FileSizes() {
    }

    public static String of(long bytes, Locale locale) {
        boolean russian = "ru".equals(locale.getLanguage());
        if (bytes < 1024) {
            return bytes + "\u00a0" + (russian ? "Б" : "B");
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + "\u00a0" + (russian ? "КБ" : "KB");
        }
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale)).format(bytes / (1024.0 * 1024.0))
                + "\u00a0" + (russian ? "МБ" : "MB");
    }
}
