package org.cardhub.applicant;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.onboarding.entity.ApplicationChoices;
import org.cardhub.onboarding.entity.ApplicationField;
import org.cardhub.onboarding.entity.ApplicationProblem;

import java.util.List;

/**
 * Puts an application's problems where they belong: each at its input of the form (ids as in
 * {@code WEB-INF/includes/application-fields.xhtml}), in the reader's language ({@code onboarding.error.REASON}); one
 * about an input the page does not show goes to the top of the form.
 */
public final class ApplicationInputs {

    private ApplicationInputs() {
    }

    /** The id of the field's input within its form. */
    public static String inputOf(ApplicationField field) {
        return switch (field) {
            case FORM -> "organizationForm";
            case NAME -> "name";
            case INN -> "inn";
            case KPP -> "kpp";
            case OGRN -> "ogrn";
            case BIK -> "bik";
            case ACCOUNT -> "account";
            case TIME_ZONE -> "timeZone";
            case TARIFF -> "plan";
            case OPTION -> "option";
            case STATIONS -> "stations";
            case BALANCE_MODEL -> "balanceModel";
            case CARD_COUNT -> "cardCount";
            case OFFER -> "accept";
            case REASON -> "reason";
        };
    }

    /** Shows the problems at their inputs of the form {@code formId}; {@code only}, when given, limits them to one field. */
    public static void show(String formId, List<ApplicationProblem> problems, ApplicationField only,
                            ApplicationChoices choices, ApplicationForm form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (ApplicationProblem problem : problems) {
            if (only != null && problem.field() != only) {
                continue;
            }
            String clientId = formId + ":" + inputOf(problem.field());
            String text = PageMessages.text("onboarding.error." + problem.reason(),
                    choices == null || form == null ? 0 : choices.stationsOf(form.getPlan()));
            boolean shown = faces.getViewRoot().findComponent(clientId) instanceof UIInput input && input.isRendered()
                    && mark(input);
            faces.addMessage(shown ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        if (problems.stream().anyMatch(problem -> only == null || problem.field() == only)) {
            faces.validationFailed();
        }
    }

    private static boolean mark(UIInput input) {
        input.setValid(false);
        return true;
    }
}
