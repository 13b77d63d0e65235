package org.cardhub.bonus.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.bonus.entity.BonusCard;
import org.cardhub.bonus.entity.BonusCardView;
import org.cardhub.bonus.entity.MovementLine;
import org.cardhub.bonus.entity.MovementPage;
import org.cardhub.bonus.entity.PointsMovementRecord;

import java.util.List;

/** A wallet's bonus cards and a page of its points movements, newest first, read a page at a time in the database. */
@Dependent
public class StatementQuery {

    public static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    public List<BonusCardView> cards(long walletContractId) {
        return em.createQuery("SELECT c FROM BonusCard c WHERE c.contractId = :wallet ORDER BY c.registeredAt, c.barcode",
                        BonusCard.class)
                .setParameter("wallet", walletContractId).getResultStream().map(BonusCardView::of).toList();
    }

    public long count(String holder) {
        return em.createQuery("SELECT COUNT(m) FROM PointsMovementRecord m WHERE m.holder = :holder", Long.class)
                .setParameter("holder", holder).getSingleResult();
    }

    public MovementPage page(String holder, int first, int size) {
        int from = Math.max(0, first);
        int max = Math.min(Math.max(1, size), MAX_PAGE);
        List<MovementLine> lines = em.createQuery("SELECT m FROM PointsMovementRecord m WHERE m.holder = :holder "
                        + "ORDER BY m.seqNo DESC", PointsMovementRecord.class)
                .setParameter("holder", holder).setFirstResult(from).setMaxResults(max).getResultStream()
                .map(record -> MovementLine.of(record.seqNo(), record.toMovement())).toList();
        return new MovementPage(lines, count(holder));
    }
}
