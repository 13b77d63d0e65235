package org.cardhub.organizations.entity;

/** One way the requisites given fall short of what an {@link OrganizationForm} requires. */
public enum RequisiteProblem {

    INN_MISSING("INN is missing"),
    INN_OF_ORGANISATION_EXPECTED("INN must be the 10-digit INN of an organisation"),
    INN_OF_PERSON_EXPECTED("INN must be the 12-digit INN of a person"),
    KPP_MISSING("KPP is missing"),
    KPP_NOT_APPLICABLE("KPP does not apply"),
    OGRN_MISSING("OGRN is missing"),
    OGRN_NOT_APPLICABLE("OGRN does not apply"),
    OGRNIP_MISSING("OGRNIP is missing"),
    OGRNIP_NOT_APPLICABLE("OGRNIP does not apply");

    private final String description;

    RequisiteProblem(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
