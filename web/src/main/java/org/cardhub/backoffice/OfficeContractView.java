package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.applicant.ApplicationForm;
import org.cardhub.applicant.ApplicationInputs;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.fleet.entity.KeycloakUnavailableException;
import org.cardhub.onboarding.boundary.ApplicationReview;
import org.cardhub.onboarding.boundary.Applications;
import org.cardhub.onboarding.entity.ApplicationChoices;
import org.cardhub.onboarding.entity.ApplicationField;
import org.cardhub.onboarding.entity.ApplicationRefusal;
import org.cardhub.onboarding.entity.ApplicationRow;
import org.cardhub.onboarding.entity.OfficeAdministrator;
import org.cardhub.organizations.entity.MembershipRefusal;

import java.io.Serializable;

/**
 * A contract signed on paper at an office: the back office types the organisation, its requisites and the tariff as
 * the applicant would (the same checks, each at its input), and the contract is active at once; the company's
 * administrator, when an address is given, gets Keycloak's mail to set a password.
 */
@Named
@ViewScoped
public class OfficeContractView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "office";

    @Inject
    ApplicationReview review;

    @Inject
    Applications applications;

    private ApplicationForm form = new ApplicationForm();
    private ApplicationChoices choices;
    private String email;
    private String firstName;
    private String lastName;
    private ApplicationRow registered;

    @PostConstruct
    void load() {
        choices = applications.choices();
    }

    public void check(String field) {
        ApplicationInputs.show(FORM, applications.problems(form.draft()), ApplicationField.valueOf(field), choices, form);
    }

    public void formChosen() {
        form.formChosen();
    }

    public void planChosen() {
        form.planChosen();
    }

    public void register() {
        try {
            OfficeAdministrator administrator = email == null || email.isBlank() ? null
                    : new OfficeAdministrator(email, firstName, lastName);
            registered = review.registerSignedAtOffice(form.draft(), administrator);
            PageMessages.info("onboarding.office.registered", registered.contractNumber(), registered.organizationName());
            form = new ApplicationForm();
            email = null;
            firstName = null;
            lastName = null;
        } catch (ApplicationRefusal refused) {
            ApplicationInputs.show(FORM, refused.problems(), null, choices, form);
            PageMessages.refuse(null, "onboarding.error." + refused.code());
        } catch (MembershipRefusal refused) {
            PageMessages.refuse(FORM + ":" + switch (refused.code()) {
                case FIRST_NAME_FORMAT -> "firstName";
                case LAST_NAME_FORMAT -> "lastName";
                default -> "email";
            }, "users.error." + refused.code(), email);
        } catch (KeycloakUnavailableException e) {
            PageMessages.refuse(null, "onboarding.error.KEYCLOAK");
        }
    }

    public ApplicationForm getForm() {
        return form;
    }

    public ApplicationChoices getChoices() {
        return choices;
    }

    public ApplicationRow getRegistered() {
        return registered;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }
}
