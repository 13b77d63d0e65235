package org.cardhub.lessons.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.lessons.entity.Centre;
import org.cardhub.lessons.entity.LessonGroup;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.organizations.boundary.Memberships;
import org.cardhub.organizations.entity.Organization;
import org.cardhub.organizations.entity.OrganizationMember;


import java.util.List;

/** Which education centre a member of staff acts for: the centre contract of an organisation they are a member of. */
@Dependent
public class Centres {

    @PersistenceContext
    EntityManager em;

    @EJB
    Memberships memberships;

    public Centre of(String subject) {
        List<Long> organizations = memberships.ofPerson(subject).stream().map(OrganizationMember::organizationId).toList();
        if (organizations.isEmpty()) {
            throw noCentre(subject);
        }
        return em.createQuery("SELECT c FROM Contract c WHERE c.organizationId IN :organizations AND c.kind = :centre "
                        + "ORDER BY c.id", Contract.class)
                .setParameter("organizations", organizations).setParameter("centre", ContractKind.CENTRE)
                .setMaxResults(1).getResultStream().findFirst().map(this::centre).orElseThrow(() -> noCentre(subject));
    }

    public Centre centre(long contractId) {
        return centre(em.find(Contract.class, contractId));
    }

    private Centre centre(Contract contract) {
        Organization organization = em.find(Organization.class, contract.organizationId());
        return new Centre(contract.id(), contract.number(), organization.name(), contract.timeZone());
    }

    /** The centre's group, or not found (another centre's included). */
    public LessonGroup group(Centre centre, long groupId) {
        LessonGroup group = em.find(LessonGroup.class, groupId);
        if (group == null || group.contractId() != centre.contractId()) {
            throw new AccessDeniedException("lesson group", groupId);
        }
        return group;
    }

    /** The centre's pupil, or not found (another centre's included). */
    public LessonPupil pupil(Centre centre, long pupilId) {
        LessonPupil pupil = em.find(LessonPupil.class, pupilId);
        if (pupil == null || pupil.contractId() != centre.contractId()) {
            throw new AccessDeniedException("pupil", pupilId);
        }
        return pupil;
    }

    private static LessonRefusal noCentre(String subject) {
        return new LessonRefusal(LessonRefusal.Code.NO_CENTRE, subject + " acts for no education centre");
    }
}
