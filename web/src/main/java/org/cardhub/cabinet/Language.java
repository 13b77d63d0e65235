package org.cardhub.cabinet;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** Russian first; English on request, remembered for the session. */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Locale locale = RUSSIAN;

    public Locale getLocale() {
        return locale;
    }

    public boolean isRussian() {
        return locale.equals(RUSSIAN);
    }

    public void switchTo(String languageTag) {
        locale = "en".equals(languageTag) ? Locale.ENGLISH : RUSSIAN;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
