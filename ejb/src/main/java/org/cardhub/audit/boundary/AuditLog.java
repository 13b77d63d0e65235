package org.cardhub.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.audit.entity.LifecycleEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes the audit trail inside the caller's transaction, so a change and its record commit or roll
 * back together. The actor is the signed-in caller; work without one (a terminal's message, a timer)
 * names its source instead, e.g. {@code terminal:FUEL-0001}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** The signed-in caller, or the given source when nobody is signed in. */
    public String actor(String source) {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        boolean anonymous = name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name);
        return anonymous ? (source == null || source.isBlank() ? SYSTEM : source) : name;
    }

    public void record(String actor, String action, AuditSubject subject, Object subjectId, String details) {
        em.persist(new AuditEvent(Instant.now(clock), actor, action, subject.name(),
                subjectId == null ? null : subjectId.toString(), details));
    }

    public void lifecycle(String actor, LifecycleEvent.Subject subject, long subjectId, Enum<?> from, Enum<?> to,
                          String reason) {
        em.persist(new LifecycleEvent(subject, subjectId, from, to, reason, actor, Instant.now(clock)));
        record(actor, subject.name().toLowerCase() + "." + to.name().toLowerCase(), AuditSubject.valueOf(subject.name()), subjectId,
                (from == null ? "" : from + " → ") + to + (reason == null ? "" : ": " + reason));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEvent> of(AuditSubject subject, Object subjectId) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.subjectType = :type AND e.subjectId = :id "
                        + "ORDER BY e.id", AuditEvent.class)
                .setParameter("type", subject.name()).setParameter("id", subjectId.toString()).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LifecycleEvent> history(LifecycleEvent.Subject subject, long subjectId) {
        return em.createQuery("SELECT e FROM LifecycleEvent e WHERE e.subjectType = :type AND e.subjectId = :id "
                        + "ORDER BY e.id", LifecycleEvent.class)
                .setParameter("type", subject.name()).setParameter("id", subjectId).getResultList();
    }
}
