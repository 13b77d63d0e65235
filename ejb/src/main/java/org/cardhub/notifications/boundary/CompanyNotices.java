package org.cardhub.notifications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.CompanyRight;
import org.cardhub.notifications.entity.Channel;
import org.cardhub.notifications.entity.OutboxMessage;
import org.cardhub.organizations.boundary.Memberships;
import org.cardhub.organizations.entity.OrganizationMember;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Email to a client company, written into the outbox inside the transaction of what it tells about (and delivered by
 * {@link OutboxDispatcher} once that commits): to the people who manage the company's users — its administrators,
 * who answer for it — or, when none of them has an email address, to everyone acting for it who has one. Joins its
 * caller's transaction and never starts one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CompanyNotices {

    @PersistenceContext
    EntityManager em;

    @EJB
    Memberships memberships;

    /** Queues the message once per address (the event key names the event); returns the addresses it goes to. */
    public Set<String> toCompany(long organizationId, String eventKey, String subject, String body) {
        Set<String> addresses = recipients(memberships.of(organizationId));
        Instant now = Instant.now();
        for (String address : addresses) {
            String key = eventKey + ":" + address;
            boolean queued = !em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.eventKey = :key", Long.class)
                    .setParameter("key", key).getResultList().isEmpty();
            if (!queued) {
                em.persist(new OutboxMessage(key, Channel.EMAIL, address, subject, body, now));
            }
        }
        return addresses;
    }

    static Set<String> recipients(List<OrganizationMember> members) {
        Set<String> administrators = addresses(members.stream().filter(member -> member.holds(CompanyRight.MANAGE_USERS)).toList());
        return administrators.isEmpty() ? addresses(members) : administrators;
    }

    private static Set<String> addresses(List<OrganizationMember> members) {
        Set<String> addresses = new LinkedHashSet<>();
        for (OrganizationMember member : members) {
            if (member.email() != null && !member.email().isBlank()) {
                addresses.add(member.email().strip().toLowerCase(Locale.ROOT));
            }
        }
        return addresses;
    }
}
