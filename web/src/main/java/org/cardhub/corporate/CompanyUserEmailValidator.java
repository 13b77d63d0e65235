package org.cardhub.corporate;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.organizations.entity.Invitation;
import org.cardhub.organizations.entity.MembershipRefusal;

/**
 * Says at the address field, as soon as it is left, that what was typed is not an address: by the same rule the
 * company's users are invited by, which refuses it again on sending.
 */
@FacesValidator("companyUserEmail")
public class CompanyUserEmailValidator implements Validator<String> {

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        try {
            Invitation.email(value);
        } catch (MembershipRefusal refused) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    PageMessages.text("users.error." + refused.code()), null));
        }
    }
}
