package org.cardhub.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditQuery;
import org.cardhub.callers.Role;

import java.util.List;

/**
 * The back office's reading of the audit trail: newest first, filtered, paged and counted in the database
 * ({@code audit_event_time_id}, {@code audit_event_action_time}, {@code audit_event_actor_time},
 * {@code audit_event_subject}). A count stops at the number asked for, so a wide search of millions of rows costs no
 * more than the page and "more than N".
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditTrail {

    /** Where the page's count stops: past it the page says "more than". */
    public static final int MOST_COUNTED = 10_000;
    /** The most rows an export holds; a wider search is refused with the number. */
    public static final int MOST_EXPORTED = 10_000;
    static final int MOST_PER_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    /** Rows {@code first} to {@code first + max} of the search, newest first. */
    public List<AuditEvent> page(AuditQuery query, int first, int max) {
        return rows(query, first, Math.min(max, MOST_PER_PAGE));
    }

    /** How many rows the search finds, counted up to {@code atMost}: {@code atMost} itself means "that many or more". */
    public long count(AuditQuery query, int atMost) {
        AuditQuery.Sql sql = query.sql();
        Query statement = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM audit_event" + sql.where()
                + " LIMIT ?) found");
        int position = bind(statement, sql.parameters());
        statement.setParameter(position, Math.max(0, atMost));
        return ((Number) statement.getSingleResult()).longValue();
    }

    /** The whole search for an export, at most {@link #MOST_EXPORTED} rows (the caller counts first). */
    public List<AuditEvent> export(AuditQuery query) {
        return rows(query, 0, MOST_EXPORTED);
    }

    @SuppressWarnings("unchecked")
    private List<AuditEvent> rows(AuditQuery query, int first, int max) {
        AuditQuery.Sql sql = query.sql();
        Query statement = em.createNativeQuery("SELECT * FROM audit_event" + sql.where()
                + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?", AuditEvent.class);
        int position = bind(statement, sql.parameters());
        statement.setParameter(position, Math.max(0, max));
        statement.setParameter(position + 1, Math.max(0, first));
        return statement.getResultList();
    }

    private static int bind(Query statement, List<Object> parameters) {
        int position = 1;
        for (Object parameter : parameters) {
            statement.setParameter(position++, parameter);
        }
        return position;
    }
}
