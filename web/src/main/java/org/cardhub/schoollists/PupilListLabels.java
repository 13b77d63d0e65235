package org.cardhub.schoollists;

import org.cardhub.schooloffice.entity.PupilList;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The printable list's words in the reader's language, outside a page (the file is sent by a servlet). */
final class PupilListLabels {

    private static final String BUNDLE = "org.cardhub.cabinet.messages";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ResourceBundle bundle;
    private final Locale locale;

    PupilListLabels(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.locale = locale;
    }

    String text(String key) {
        return bundle.getString(key);
    }

    /** «Импорт 06.12.2026 14:05, файл «5А.csv»», the moment in the school's time zone. */
    String heading(PupilList list) {
        return new MessageFormat(text("import.list.heading"), locale)
                .format(new Object[]{WHEN.format(list.importedAt().atZone(list.zone())), list.fileName()});
    }

    String className(String name) {
        return name == null || name.isEmpty() ? text("import.list.noClass") : name;
    }
}
