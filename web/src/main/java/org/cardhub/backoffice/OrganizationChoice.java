package org.cardhub.backoffice;

import org.cardhub.organizations.entity.Organization;

import java.io.Serializable;

/** An organisation as the registration form offers it: its id and what people recognise it by. */
public record OrganizationChoice(long id, String label) implements Serializable {

    static OrganizationChoice of(Organization organization) {
        return new OrganizationChoice(organization.id(), organization.name() + " (" + organization.inn() + ")");
    }
}
