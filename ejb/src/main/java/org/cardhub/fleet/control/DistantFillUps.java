package org.cardhub.fleet.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.cardhub.fleet.entity.TransactionDetail.DistantFillUp;
import org.cardhub.terminals.entity.GeoPoint;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The other fill-ups of a card that make one of its fill-ups suspicious: those within the rule's window at a
 * station farther than its distance, each with how far it was (the farthest pair of the two stations' terminals).
 */
public final class DistantFillUps {

    private final EntityManager em;
    private final SuspicionQuery suspicions;

    public DistantFillUps(EntityManager em, SuspicionQuery suspicions) {
        this.em = em;
        this.suspicions = suspicions;
    }

    public List<DistantFillUp> of(long entryId) {
        Query query = em.createQuery(suspicions.neighbours());
        suspicions.bindNeighbours(query, entryId);
        Map<Long, DistantFillUp> far = new LinkedHashMap<>();
        for (Object found : query.getResultList()) {
            Object[] pair = (Object[]) found;
            GeoPoint here = new GeoPoint((Double) pair[4], (Double) pair[5]);
            GeoPoint there = new GeoPoint((Double) pair[6], (Double) pair[7]);
            if (suspicions.rule().farApart(here, there)) {
                long id = ((Number) pair[0]).longValue();
                DistantFillUp fillUp = new DistantFillUp(id, (Instant) pair[1], (String) pair[2], (String) pair[3],
                        Math.round(here.kilometresTo(there)));
                far.merge(id, fillUp, (one, other) -> one.kilometres() >= other.kilometres() ? one : other);
            }
        }
        return List.copyOf(far.values());
    }
}
