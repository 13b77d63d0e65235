package org.cardhub.cabinet;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Messages of a cabinet page, in the reader's language, from the cabinet's message bundle. */
public final class PageMessages {

    private PageMessages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String text = bundle.getString(key);
        // only texts with a placeholder go through MessageFormat, so the others may use apostrophes freely
        return arguments.length == 0 || !text.contains("{0") ? text : new MessageFormat(text, bundle.getLocale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    public static void warn(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, text(key, arguments), null));
    }

    /**
     * An error about one input ({@code clientId}, marked invalid, or the whole form when null); the page keeps
     * what was typed, and {@code args.validationFailed} tells the page's scripts to keep the dialog open.
     */
    public static void refuse(String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
        if (clientId != null && faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            input.setValid(false);
        }
        faces.validationFailed();
    }
}
