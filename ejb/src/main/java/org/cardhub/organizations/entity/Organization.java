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
import java.util.ArrayList;
import java.util.List;
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

    /** OGRN of a legal entity or OGRNIP of an entrepreneur; null for a lawyer's office. */
    public String ogrn() {
        return ogrn;
    }

    /** Null when no settlement account is registered. */
    public String bik() {
        return bik;
    }

    public String settlementAccount() {
        return settlementAccount;
    }

    /**
     * Takes new requisites (checked together, like a new organisation's), name and time zone; answers what changed,
     * each as {@code "KPP 771201001 → 771201002"}, for the audit trail: empty when nothing did.
     */
    public List<String> amend(Requisites requisites, String newName, ZoneId zone) {
        Organization after = new Organization(requisites, newName, zone, createdAt);
        List<String> changes = new ArrayList<>();
        note(changes, "form", form, after.form);
        note(changes, "name", name, after.name);
        note(changes, "INN", inn, after.inn);
        note(changes, "KPP", kpp, after.kpp);
        note(changes, "OGRN", ogrn, after.ogrn);
        note(changes, "BIK", bik, after.bik);
        note(changes, "account", settlementAccount, after.settlementAccount);
        note(changes, "time zone", timeZone, after.timeZone);
        form = after.form;
        name = after.name;
        inn = after.inn;
        kpp = after.kpp;
        ogrn = after.ogrn;
        bik = after.bik;
        settlementAccount = after.settlementAccount;
        timeZone = after.timeZone;
        return changes;
    }

    private static void note(List<String> changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }
}
