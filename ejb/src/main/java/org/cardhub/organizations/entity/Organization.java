package org.cardhub.organizations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A contract party: a company, an individual entrepreneur, a lawyer's office or a school. Its requisites
 * are checked as the registries define them when it is created; its time zone decides what "a day" is
 * for its limits and reports.
 */
@Entity
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private OrganizationForm form;

    private String name;

    private String inn;

    private String kpp;

    /** OGRN for legal entities, OGRNIP for individual entrepreneurs. */
    private String ogrn;

    private String bik;

    @Column(name = "settlement_account")
    private String settlementAccount;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Organization() {
    }

    public Organization(Requisites requisites, String name, ZoneId timeZone, Instant now) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequisiteException(InvalidRequisiteException.Code.FORM_REQUISITES, "The name is missing");
        }
        this.form = requisites.form();
        this.name = name.strip();
        this.inn = requisites.inn().value();
        this.kpp = requisites.kpp() == null ? null : requisites.kpp().value();
        this.ogrn = requisites.ogrn() != null ? requisites.ogrn().value()
                : requisites.ogrnip() != null ? requisites.ogrnip().value() : null;
        this.bik = requisites.bik() == null ? null : requisites.bik().value();
        this.settlementAccount = requisites.account() == null ? null : requisites.account().number();
        this.timeZone = Objects.requireNonNull(timeZone).getId();
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganizationForm form() {
        return form;
    }

    public String inn() {
        return inn;
    }

    /** Null for those without one (an entrepreneur, a lawyer's office). */
    public String kpp() {
        return kpp;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }
}
