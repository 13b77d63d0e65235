package org.cardhub.backoffice;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.cardhub.organizations.boundary.Organizations;

/**
 * Carries an organisation choice through the page as its id; an unknown id becomes no choice. A CDI bean
 * (the module discovers annotated beans only) so that Faces injects the boundary into it.
 */
@Dependent
@FacesConverter(value = "organizationChoice", managed = true)
public class OrganizationChoiceConverter implements Converter<OrganizationChoice> {

    @EJB
    Organizations organizations;

    @Override
    public OrganizationChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        return organizations.find(Long.parseLong(value)).map(OrganizationChoice::of).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrganizationChoice value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
