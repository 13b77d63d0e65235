package org.cardhub.applicant;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.SignedInUser;
import org.cardhub.onboarding.boundary.Applications;
import org.cardhub.onboarding.entity.ApplicationChoices;
import org.cardhub.onboarding.entity.ApplicationField;
import org.cardhub.onboarding.entity.ApplicationRefusal;
import org.cardhub.onboarding.entity.ApplicationRow;
import org.cardhub.onboarding.entity.Offer;
import org.cardhub.organizations.entity.MembershipRefusal;

import java.io.IOException;
import java.io.Serializable;

/**
 * The application for a company's fuel contract: the organisation and its requisites, the tariff, the balance model, the
 * number of cards, and the offer to read and accept. Each input is checked when it is left, by the same rules the
 * submission is refused by; a refused submission shows every problem at its input at once, and nothing is written.
 * The offer accepted is the text this page showed (its version and SHA-256), in the language it was shown in.
 */
@Named
@ViewScoped
public class ApplyView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "apply";

    @Inject
    Applications applications;

    @Inject
    Language language;

    @Inject
    SignedInUser user;

    private final ApplicationForm form = new ApplicationForm();
    private ApplicationChoices choices;
    private Offer offer;
    private boolean accepted;

    @PostConstruct
    void load() {
        choices = applications.choices();
        offer = applications.offer(language.getLocale().getLanguage());
    }

    /** Before each rendering: the offer in the page's language, once the reader switched it. */
    public void prepare() {
        if (!offer.language().equals(language.getLocale().getLanguage())) {
            offer = applications.offer(language.getLocale().getLanguage());
            accepted = false;
        }
    }

    /** Checks one input as it is left: its problems, if any, are shown at it. */
    public void check(String field) {
        ApplicationInputs.show(FORM, applications.problems(form.draft()), ApplicationField.valueOf(field), choices, form);
    }

    public void formChosen() {
        form.formChosen();
    }

    public void planChosen() {
        form.planChosen();
    }

    public void submit() throws IOException {
        try {
            ApplicationRow sent = applications.submit(form.draft(), accepted ? offer.version() : null,
                    accepted ? offer.sha256() : null, user.getEmail(), user.getDisplayName());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("onboarding.submitted", String.valueOf(sent.id()));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/cabinet/applicant/index.xhtml");
        } catch (ApplicationRefusal refused) {
            if (refused.problems().isEmpty()) {
                PageMessages.refuse(null, "onboarding.error." + refused.code());
            } else {
                ApplicationInputs.show(FORM, refused.problems(), null, choices, form);
                PageMessages.refuse(null, "onboarding.error.FIELDS_INVALID");
            }
        } catch (MembershipRefusal noAddress) {
            PageMessages.refuse(null, "onboarding.error.NO_EMAIL");
        }
    }

    public ApplicationForm getForm() {
        return form;
    }

    public ApplicationChoices getChoices() {
        return choices;
    }

    public Offer getOffer() {
        return offer;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }
}
