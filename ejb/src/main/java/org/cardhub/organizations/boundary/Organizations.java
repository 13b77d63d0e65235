package org.cardhub.organizations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.organizations.entity.OrganizationMember;
import org.cardhub.callers.Role;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.organizations.entity.InvalidRequisiteException;
import org.cardhub.organizations.entity.Organization;
import org.cardhub.organizations.entity.Requisites;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Registers contract parties — companies, entrepreneurs, lawyers' offices, schools — and their people. */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class Organizations {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    public Organization register(Requisites requisites, String name, String timeZone) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidRequisiteException(InvalidRequisiteException.Code.FORM_REQUISITES,
                    "Unknown time zone " + timeZone + "; use a region name like Europe/Moscow");
        }
        Organization organization = new Organization(requisites, name, zone, Instant.now());
        em.persist(organization);
        em.flush();
        audit.record(audit.actor(null), "organization.register", AuditSubject.ORGANIZATION, organization.id(),
                organization.form() + " " + organization.name() + ", INN " + organization.inn());
        return organization;
    }

    /** A person, by their Keycloak user id, who may act for the organisation in the cabinet. */
    public void addMember(long organizationId, String subject) {
        if (find(organizationId).isEmpty() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An existing organisation and a person's user id are needed");
        }
        em.persist(new OrganizationMember(organizationId, subject.strip()));
        audit.record(audit.actor(null), "organization.member", AuditSubject.ORGANIZATION, organizationId, "+" + subject);
    }

    public Optional<Organization> find(long organizationId) {
        return Optional.ofNullable(em.find(Organization.class, organizationId));
    }

    /** The organisations registered with this INN (a legal entity's branches have their own KPP each). */
    public List<Organization> withInn(String inn) {
        return em.createQuery("SELECT o FROM Organization o WHERE o.inn = :inn ORDER BY o.id", Organization.class)
                .setParameter("inn", inn).getResultList();
    }

    /** Organisations whose name contains {@code text} (any case) or whose INN starts with it, by name; at most {@code max}. */
    public List<Organization> search(String text, int max) {
        String part = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return em.createQuery("SELECT o FROM Organization o WHERE LOWER(o.name) LIKE :name ESCAPE '!' "
                        + "OR o.inn LIKE :inn ESCAPE '!' ORDER BY o.name, o.id", Organization.class)
                .setParameter("name", "%" + part + "%").setParameter("inn", part + "%")
                .setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
    }
}
