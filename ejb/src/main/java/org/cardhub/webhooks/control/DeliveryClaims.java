package org.cardhub.webhooks.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.webhooks.entity.BackOff;
import org.cardhub.webhooks.entity.DeliveryStatus;
import org.cardhub.webhooks.entity.SendOutcome;
import org.cardhub.webhooks.entity.WebhookDelivery;
import org.cardhub.webhooks.entity.WebhookEndpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The dispatcher's two short transactions around a send, so no lock is held while a partner answers. A claim is one
 * conditional UPDATE of the due rows nobody holds: where two dispatchers (two instances, or a test deployment next to
 * the application) race for a row, the database lets one update it and the other finds it held, on PostgreSQL and on
 * H2 alike, with no dialect of its own ({@code FOR UPDATE SKIP LOCKED} would need one). The lease ends a claim whose
 * run died; an outcome is recorded only while the run still holds the row.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryClaims {

    @PersistenceContext
    EntityManager em;

    public List<Claimed> claimDue(int max, Duration lease, Instant now) {
        List<Long> due = em.createQuery("SELECT d.id FROM WebhookDelivery d WHERE d.status = :pending "
                        + "AND d.nextAttemptAt <= :now AND (d.leaseUntil IS NULL OR d.leaseUntil < :now) "
                        + "ORDER BY d.nextAttemptAt, d.id", Long.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now)
                .setMaxResults(max).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        int claimed = em.createQuery("UPDATE WebhookDelivery d SET d.claim = :token, d.leaseUntil = :until, "
                        + "d.version = d.version + 1 WHERE d.id IN :ids AND d.status = :pending "
                        + "AND d.nextAttemptAt <= :now AND (d.leaseUntil IS NULL OR d.leaseUntil < :now)")
                .setParameter("token", token).setParameter("until", now.plus(lease)).setParameter("ids", due)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now).executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("SELECT d, e FROM WebhookDelivery d, WebhookEndpoint e "
                        + "WHERE d.claim = :token AND e.id = d.endpointId ORDER BY d.id", Object[].class)
                .setParameter("token", token).getResultList();
        return rows.stream().map(row -> {
            WebhookDelivery delivery = (WebhookDelivery) row[0];
            WebhookEndpoint endpoint = (WebhookEndpoint) row[1];
            return new Claimed(delivery.id(), token, endpoint.url(), endpoint.secretSealed(), endpoint.isRemoved(),
                    delivery.eventId(), delivery.body());
        }).toList();
    }

    /** Records an attempt's outcome; false when the run no longer held the row (its lease ran out, another took it). */
    public boolean record(Claimed claimed, SendOutcome outcome, BackOff backOff, Instant now) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, claimed.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.claimedBy(claimed.token())) {
            return false;
        }
        if (outcome.delivered()) {
            delivery.delivered(outcome.httpStatus(), now);
        } else {
            delivery.failed(outcome.httpStatus(), outcome.error(), backOff, now);
        }
        return true;
    }
}
