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
import org.cardhub.organizations.entity.OrganizationDraft;
import org.cardhub.organizations.entity.OrganizationRefusal;
import org.cardhub.organizations.entity.Requisites;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.TypedQuery;

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

    /** An organisation as the back office typed it: refused with every problem at its field, or registered. */
    public Organization register(OrganizationDraft draft) {
        check(draft, null);
        return register(draft.requisites(), draft.organizationName(), draft.zone().getId());
    }

    /**
     * New requisites, name and time zone of an organisation, checked as a new one's are; the audit trail keeps what
     * changed, old → new. Refused with every problem at its field, and nothing written.
     */
    public Organization amend(long organizationId, OrganizationDraft draft) {
        Organization organization = find(organizationId).orElseThrow(() -> new OrganizationRefusal(
                OrganizationRefusal.Code.UNKNOWN, null, "No organisation " + organizationId));
        check(draft, organizationId);
        List<String> changes = organization.amend(draft.requisites(), draft.organizationName(), draft.zone());
        if (!changes.isEmpty()) {
            em.flush();
            audit.record(audit.actor(null), "organization.amend", AuditSubject.ORGANIZATION, organizationId,
                    String.join("; ", changes));
        }
        return organization;
    }

    /** How many organisations {@link #page} finds for {@code text}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(String text) {
        return matching("SELECT COUNT(o)", text, Long.class).getSingleResult();
    }

    /**
     * Organisations by name, page by page: digits are the start of an INN, anything else a part of the name in any
     * case; blank finds all.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Organization> page(String text, int first, int max) {
        return matching("SELECT o", text, Organization.class).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
    }

    private <T> TypedQuery<T> matching(String select, String text, Class<T> type) {
        String typed = text == null ? "" : text.strip();
        boolean counting = type == Long.class;
        String order = counting ? "" : " ORDER BY o.name, o.id";
        if (typed.isEmpty()) {
            return em.createQuery(select + " FROM Organization o" + order, type);
        }
        if (typed.matches("[0-9]{1,12}")) {
            return em.createQuery(select + " FROM Organization o WHERE o.inn LIKE :inn" + order, type)
                    .setParameter("inn", typed + "%");
        }
        String part = typed.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return em.createQuery(select + " FROM Organization o WHERE LOWER(o.name) LIKE :name ESCAPE '!'" + order, type)
                .setParameter("name", "%" + part + "%");
    }

    private void check(OrganizationDraft draft, Long self) {
        List<OrganizationDraft.Problem> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new OrganizationRefusal(problems);
        }
        Requisites requisites = draft.requisites();
        String kpp = requisites.kpp() == null ? null : requisites.kpp().value();
        boolean taken = withInn(requisites.inn().value()).stream()
                .anyMatch(other -> !other.id().equals(self) && Objects.equals(other.kpp(), kpp));
        if (taken) {
            throw new OrganizationRefusal(OrganizationRefusal.Code.INN_KPP_TAKEN,
                    kpp == null ? OrganizationDraft.Field.INN : OrganizationDraft.Field.KPP,
                    "Another organisation has INN " + requisites.inn().value() + " and KPP " + kpp);
        }
    }
}
