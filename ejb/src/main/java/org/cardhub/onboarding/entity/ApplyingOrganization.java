package org.cardhub.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.cardhub.organizations.entity.OrganizationForm;
import org.cardhub.organizations.entity.Requisites;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The organisation an application is for, as it was typed and checked: its form, name, requisites and time zone.
 * The approval registers it (or finds it, by INN and KPP) among Cardhub's organisations.
 */
@Embeddable
public class ApplyingOrganization {

    @Enumerated(EnumType.STRING)
    private OrganizationForm form;

    @Column(name = "organization_name")
    private String name;

    private String inn;

    private String kpp;

    /** OGRN of a legal entity, OGRNIP of an individual entrepreneur, none for a lawyer's office. */
    private String ogrn;

    private String bik;

    @Column(name = "settlement_account")
    private String settlementAccount;

    @Column(name = "time_zone")
    private String timeZone;

    protected ApplyingOrganization() {
    }

    ApplyingOrganization(Requisites requisites, String name, ZoneId zone) {
        this.form = requisites.form();
        this.name = Objects.requireNonNull(name, "name");
        this.inn = requisites.inn().value();
        this.kpp = requisites.kpp() == null ? null : requisites.kpp().value();
        this.ogrn = requisites.ogrn() != null ? requisites.ogrn().value()
                : requisites.ogrnip() != null ? requisites.ogrnip().value() : null;
        this.bik = requisites.bik().value();
        this.settlementAccount = requisites.account().number();
        this.timeZone = Objects.requireNonNull(zone, "zone").getId();
    }

    /** The requisites as kept, checked again by their registries' rules. */
    public Requisites requisites() {
        return Requisites.parse(form, inn, kpp, ogrn, bik, settlementAccount);
    }

    public OrganizationForm form() {
        return form;
    }

    public String name() {
        return name;
    }

    public String inn() {
        return inn;
    }

    /** Null where the form has none. */
    public String kpp() {
        return kpp;
    }

    public String ogrn() {
        return ogrn;
    }

    public String bik() {
        return bik;
    }

    public String settlementAccount() {
        return settlementAccount;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }
}
