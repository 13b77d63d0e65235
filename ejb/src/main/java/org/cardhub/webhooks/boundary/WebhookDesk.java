package org.cardhub.webhooks.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.Role;
import org.cardhub.webhooks.entity.DeliveryStatus;
import org.cardhub.webhooks.entity.InvalidWebhookException;
import org.cardhub.webhooks.entity.WebhookDelivery;
import org.cardhub.webhooks.entity.WebhookEndpoint;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The back office's view of the partners' webhooks (cabinet/backoffice/webhooks.xhtml): every endpoint with its
 * deliveries under way and dead, an endpoint's deliveries page by page, and the re-drive of a dead delivery or of all
 * the dead ones of an endpoint, audited.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class WebhookDesk {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long endpointCount() {
        return em.createQuery("SELECT COUNT(e) FROM WebhookEndpoint e", Long.class).getSingleResult();
    }

    /** Live endpoints first, then the removed ones; by partner and age. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EndpointRow> endpoints(int first, int max) {
        List<WebhookEndpoint> page = em.createQuery("SELECT e FROM WebhookEndpoint e "
                        + "ORDER BY CASE WHEN e.removedAt IS NULL THEN 0 ELSE 1 END, e.clientId, e.id", WebhookEndpoint.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("SELECT d.endpointId, d.status, COUNT(d) FROM WebhookDelivery d WHERE d.endpointId IN :ids "
                        + "AND d.status IN :open GROUP BY d.endpointId, d.status", Object[].class)
                .setParameter("ids", page.stream().map(WebhookEndpoint::id).toList())
                .setParameter("open", List.of(DeliveryStatus.PENDING, DeliveryStatus.DEAD))
                .getResultList().forEach(row -> counts.put(row[0] + ":" + row[1], ((Number) row[2]).longValue()));
        return page.stream().map(endpoint -> new EndpointRow(endpoint,
                counts.getOrDefault(endpoint.id() + ":" + DeliveryStatus.PENDING, 0L),
                counts.getOrDefault(endpoint.id() + ":" + DeliveryStatus.DEAD, 0L))).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<WebhookEndpoint> endpoint(long endpointId) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, endpointId));
    }

    /** How many deliveries of every endpoint have been given up, what waits for a re-drive (index webhook_delivery_due). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long deadCount() {
        return em.createQuery("SELECT COUNT(d) FROM WebhookDelivery d WHERE d.status = :dead", Long.class)
                .setParameter("dead", DeliveryStatus.DEAD).getSingleResult();
    }

    /** How many deliveries an endpoint has (of a status, or all when it is null). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long deliveryCount(long endpointId, DeliveryStatus status) {
        return deliveriesOf(endpointId, status, "COUNT(d)", "", Long.class).getSingleResult();
    }

    /** An endpoint's deliveries (of a status, or all when it is null), newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WebhookDelivery> deliveries(long endpointId, DeliveryStatus status, int first, int max) {
        return deliveriesOf(endpointId, status, "d", " ORDER BY d.id DESC", WebhookDelivery.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Sends a dead delivery again now, with a fresh round of attempts. */
    public WebhookDelivery redrive(long deliveryId) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.DELIVERY_UNKNOWN, "No delivery " + deliveryId);
        }
        requireLive(delivery.endpointId());
        delivery.redrive(Instant.now());
        audit.record(audit.actor(null), "webhook.redrive", AuditSubject.WEBHOOK_ENDPOINT, delivery.endpointId(),
                "delivery " + deliveryId + " of " + delivery.eventType() + " " + delivery.eventId());
        return delivery;
    }

    /** Sends every dead delivery of an endpoint again now; how many. */
    public int redriveDead(long endpointId) {
        requireLive(endpointId);
        // WebhookDelivery.redrive's change, for all of them in one statement
        int redriven = em.createQuery("UPDATE WebhookDelivery d SET d.status = :pending, d.attempts = 0, "
                        + "d.nextAttemptAt = :now, d.claim = NULL, d.leaseUntil = NULL, d.version = d.version + 1 "
                        + "WHERE d.endpointId = :endpoint AND d.status = :dead")
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", Instant.now())
                .setParameter("endpoint", endpointId).setParameter("dead", DeliveryStatus.DEAD).executeUpdate();
        if (redriven > 0) {
            audit.record(audit.actor(null), "webhook.redrive", AuditSubject.WEBHOOK_ENDPOINT, endpointId,
                    redriven + " dead deliveries");
        }
        return redriven;
    }

    private void requireLive(long endpointId) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, endpointId);
        if (endpoint == null) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.ENDPOINT_UNKNOWN, "No endpoint " + endpointId);
        }
        if (endpoint.isRemoved()) {
            throw new InvalidWebhookException(InvalidWebhookException.Code.ENDPOINT_REMOVED,
                    "Endpoint " + endpointId + " was removed by its partner");
        }
    }

    private <T> TypedQuery<T> deliveriesOf(long endpointId, DeliveryStatus status, String select, String order,
                                           Class<T> type) {
        TypedQuery<T> query = em.createQuery("SELECT " + select + " FROM WebhookDelivery d WHERE d.endpointId = :endpoint"
                + (status == null ? "" : " AND d.status = :status") + order, type).setParameter("endpoint", endpointId);
        return status == null ? query : query.setParameter("status", status);
    }
}
