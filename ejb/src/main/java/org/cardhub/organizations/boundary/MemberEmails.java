package org.cardhub.organizations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.Role;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The addresses of the people acting for client organisations, by their Keycloak id: how the back office's audit
 * page names a person without asking Keycloak, one statement per page of records ({@code organization_member_subject}).
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MemberEmails {

    static final int MOST_ASKED = 500;

    @PersistenceContext
    EntityManager em;

    /** Each known person's address; people without one, or not members of any organisation, are left out. */
    public Map<String, String> of(Collection<String> subjects) {
        List<String> asked = subjects.stream().filter(subject -> subject != null && !subject.isBlank()).distinct()
                .limit(MOST_ASKED).toList();
        Map<String, String> emails = new HashMap<>();
        if (asked.isEmpty()) {
            return emails;
        }
        em.createQuery("SELECT m.subject, m.email FROM OrganizationMember m WHERE m.subject IN :subjects "
                        + "AND m.email IS NOT NULL", Object[].class)
                .setParameter("subjects", asked).getResultList()
                .forEach(row -> emails.putIfAbsent((String) row[0], (String) row[1]));
        return emails;
    }
}
