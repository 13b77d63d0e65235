package org.cardhub.parent;

import jakarta.faces.context.FacesContext;

/** The child's card a parent's page was opened for ({@code ?card=ID}); null when the address names none readable. */
final class AskedCard {

    private AskedCard() {
    }

    static Long fromAddress() {
        return idOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("card"));
    }

    static Long idOf(String parameter) {
        if (parameter == null || !parameter.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(parameter.strip());
    }
}
