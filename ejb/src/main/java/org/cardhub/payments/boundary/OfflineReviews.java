package org.cardhub.payments.boundary;

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
import org.cardhub.payments.entity.OfflineReview;
import org.cardhub.payments.entity.OfflineReviewFilter;
import org.cardhub.payments.entity.OfflineReviewRefusal;
import org.cardhub.payments.entity.OfflineReviewRow;
import org.cardhub.payments.entity.Outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The back office's queue of offline purchases (see {@code OfflinePurchases}): read page by page in the database,
 * accepted as the terminal decided, or charged back — the posted entry reversed through {@link Payments#reverse}
 * under a key of the review's own ({@link OfflineReview#chargeBackKey}). A decision locks the review's row first, so
 * two clicks, or two people, decide once: the second waits for the first and is refused, writing nothing. The
 * reversal commits in its own transaction while the row is held; if this one then fails, the next try finds the
 * reversal under the same key instead of making another.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OfflineReviews {

    public static final int MOST_PER_PAGE = 200;
    static final String SOURCE = "system:offline-review";

    @PersistenceContext
    EntityManager em;

    @EJB
    Payments payments;

    @EJB
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OfflineReviewRow> page(OfflineReviewFilter filter, int first, int max) {
        TypedQuery<Object[]> query = em.createQuery("SELECT r, c.panMasked FROM OfflineReview r "
                + "LEFT JOIN Card c ON c.id = r.cardId" + where(filter) + " ORDER BY r.createdAt DESC, r.id DESC", Object[].class);
        parameters(filter).forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(0, Math.min(max, MOST_PER_PAGE)))
                .getResultList().stream().map(row -> new OfflineReviewRow((OfflineReview) row[0], (String) row[1])).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(OfflineReviewFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM OfflineReview r" + where(filter), Long.class);
        parameters(filter).forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The purchase stands as the terminal decided; {@code note} is optional. */
    public OfflineReview accept(long reviewId, String note) {
        String reason = OfflineReview.decisionReason(note, false);
        OfflineReview review = locked(reviewId);
        String actor = audit.actor(SOURCE);
        review.accept(actor, reason, Instant.now(clock));
        audit.record(actor, "offline.accept", AuditSubject.OFFLINE_REVIEW, reviewId,
                "OPEN → ACCEPTED" + (reason == null ? "" : ": " + reason));
        return review;
    }

    /** The posted purchase is reversed, once; {@code reason} is required. */
    public OfflineReview chargeBack(long reviewId, String reason) {
        String why = OfflineReview.decisionReason(reason, true);
        OfflineReview review = locked(reviewId);
        review.requireChargeable();
        Outcome reversal = payments.reverse(review.chargeBackKey(), review.purchaseKey(), SOURCE);
        if (!reversal.isApproved() || reversal.entryId() == null) {
            throw new OfflineReviewRefusal(OfflineReviewRefusal.Code.REVERSAL_DECLINED,
                    "Offline review " + reviewId + " could not be reversed: " + reversal.code() + " " + reversal.message());
        }
        String actor = audit.actor(SOURCE);
        review.chargedBack(reversal.entryId(), actor, why, Instant.now(clock));
        audit.record(actor, "offline.charge-back", AuditSubject.OFFLINE_REVIEW, reviewId,
                "OPEN → CHARGED_BACK, entry " + review.entryId() + " reversed by entry " + reversal.entryId() + ": " + why);
        return review;
    }

    private OfflineReview locked(long reviewId) {
        OfflineReview review = em.find(OfflineReview.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw new OfflineReviewRefusal(OfflineReviewRefusal.Code.NOT_FOUND, "No offline review " + reviewId);
        }
        return review;
    }

    static String where(OfflineReviewFilter filter) {
        List<String> conditions = new ArrayList<>();
        parameters(filter).keySet().forEach(name -> conditions.add(switch (name) {
            case "status" -> "r.status = :status";
            case "from" -> "r.createdAt >= :from";
            case "to" -> "r.createdAt < :to";
            default -> "r.source = :source";
        }));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static Map<String, Object> parameters(OfflineReviewFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.status() != null) {
            parameters.put("status", filter.status());
        }
        if (filter.from() != null) {
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            parameters.put("to", filter.to());
        }
        if (filter.source() != null) {
            parameters.put("source", filter.source());
        }
        return parameters;
    }
}
