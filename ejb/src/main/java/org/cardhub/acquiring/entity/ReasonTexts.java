package org.cardhub.acquiring.entity;

import java.util.Locale;
import java.util.ResourceBundle;

/** A reason's sentence for a person from its bundle: Russian unless English is asked for; never the code. */
final class ReasonTexts {

    private ReasonTexts() {
    }

    static String of(String bundle, Enum<?> reason, Locale locale) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ROOT : Locale.forLanguageTag("ru");
        return ResourceBundle.getBundle(bundle, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(reason.name());
    }
}
