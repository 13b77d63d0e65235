package org.cardhub.organizations.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.CardScope;
import org.cardhub.callers.CompanyRight;
import org.cardhub.organizations.entity.MembershipRefusal;
import org.cardhub.organizations.entity.Organization;
import org.cardhub.organizations.entity.OrganizationMember;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The people who act for an organisation, written inside the transaction of whoever manages them (the corporate
 * cabinet's company users): each change audited with what the person saw and could change before and after, and
 * the organisation never left without someone who manages its users. Checks no roles: its caller does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Memberships {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OrganizationMember> of(long organizationId) {
        return em.createQuery("SELECT m FROM OrganizationMember m WHERE m.organizationId = :organization "
                        + "ORDER BY m.email, m.subject", OrganizationMember.class)
                .setParameter("organization", organizationId).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<OrganizationMember> find(long organizationId, String subject) {
        return em.createQuery("SELECT m FROM OrganizationMember m WHERE m.organizationId = :organization "
                        + "AND m.subject = :subject", OrganizationMember.class)
                .setParameter("organization", organizationId).setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    /** Everything the person acts for. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OrganizationMember> ofPerson(String subject) {
        return em.createQuery("SELECT m FROM OrganizationMember m WHERE m.subject = :subject", OrganizationMember.class)
                .setParameter("subject", subject).getResultList();
    }

    /** Whether the person acts for any organisation at all. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean actsForAnyOrganization(String subject) {
        return !em.createQuery("SELECT m.organizationId FROM OrganizationMember m WHERE m.subject = :subject", Long.class)
                .setParameter("subject", subject).setMaxResults(1).getResultList().isEmpty();
    }

    /** The organisations whose users the person manages, by name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Organization> managedBy(String subject) {
        return em.createQuery("SELECT o FROM Organization o, OrganizationMember m WHERE m.organizationId = o.id "
                        + "AND m.subject = :subject AND m.mayManageUsers = TRUE ORDER BY o.name, o.id", Organization.class)
                .setParameter("subject", subject).getResultList();
    }

    public OrganizationMember add(long organizationId, String subject, String email, CardScope scope,
                                  Set<CompanyRight> rights) {
        boolean taken = !em.createQuery("SELECT m.subject FROM OrganizationMember m WHERE m.organizationId = :organization "
                        + "AND (m.subject = :subject OR LOWER(m.email) = :email)", String.class)
                .setParameter("organization", organizationId).setParameter("subject", subject)
                .setParameter("email", email).getResultList().isEmpty();
        if (taken) {
            throw new MembershipRefusal(MembershipRefusal.Code.ALREADY_MEMBER, email + " already acts for organisation "
                    + organizationId);
        }
        OrganizationMember member = new OrganizationMember(organizationId, subject);
        member.recordEmail(email);
        member.assign(scope, rights);
        em.persist(member);
        em.flush();
        record(member, "organization.member.add", "+" + subject + " " + email + ": " + member.describeAccess());
        return member;
    }

    public OrganizationMember change(long organizationId, String subject, CardScope scope, Set<CompanyRight> rights) {
        OrganizationMember member = existing(organizationId, subject);
        String before = member.describeAccess();
        member.requireAdministratorLeft(rights, otherAdministrators(member));
        member.assign(scope, rights);
        em.flush();
        record(member, "organization.member.change", subject + " " + member.email() + ": " + before + " → "
                + member.describeAccess());
        return member;
    }

    public void remove(long organizationId, String subject) {
        OrganizationMember member = existing(organizationId, subject);
        member.requireAdministratorLeft(Set.of(), otherAdministrators(member));
        String before = member.describeAccess();
        em.remove(member);
        em.flush();
        record(member, "organization.member.remove", "-" + subject + " " + member.email() + ": " + before + " → removed");
    }

    private OrganizationMember existing(long organizationId, String subject) {
        return find(organizationId, subject).orElseThrow(() -> new MembershipRefusal(MembershipRefusal.Code.NOT_A_MEMBER,
                "Nobody " + subject + " acts for organisation " + organizationId));
    }

    private long otherAdministrators(OrganizationMember member) {
        return em.createQuery("SELECT COUNT(m) FROM OrganizationMember m WHERE m.organizationId = :organization "
                        + "AND m.mayManageUsers = TRUE AND m.subject <> :subject", Long.class)
                .setParameter("organization", member.organizationId()).setParameter("subject", member.subject())
                .getSingleResult();
    }

    private void record(OrganizationMember member, String action, String details) {
        audit.record(audit.actor(null), action, AuditSubject.ORGANIZATION, member.organizationId(), details);
    }
}
