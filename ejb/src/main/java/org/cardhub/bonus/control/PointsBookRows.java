package org.cardhub.bonus.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.bonus.entity.PointsBookRecord;

import java.time.Instant;

/**
 * Writes a holder's book row in a transaction of its own, so that a caller's transaction always finds the row it
 * locks: two first writes at the same moment fail one on the key, and that one simply finds the other's row.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PointsBookRows {

    @PersistenceContext
    EntityManager em;

    public void create(String holder, Instant now) {
        if (em.find(PointsBookRecord.class, holder) == null) {
            em.persist(new PointsBookRecord(holder, now));
            em.flush();
        }
    }
}
