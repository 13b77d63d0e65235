package org.cardhub.notifications.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.Card;
import org.cardhub.notifications.entity.LowBalanceAlert;
import org.cardhub.notifications.entity.NotificationChoice;
import org.cardhub.notifications.entity.SmsInformer;
import org.cardhub.notifications.entity.SmsInformerPrice;

import java.time.Instant;

/**
 * A reissued card's notification settings go to the card replacing it, in the reissue's transaction: every guardian's
 * choices and thresholds, and the SMS informer with the months paid (the old card's is switched off); on a change to a
 * school that does not offer the informer, it arrives switched off.
 */
@Dependent
public class CardCarryOver {

    @PersistenceContext
    EntityManager em;

    public void carryOver(long fromCardId, long toCardId, String actor, Instant now) {
        for (NotificationChoice choice : em.createQuery("SELECT c FROM NotificationChoice c WHERE c.cardId = :card",
                NotificationChoice.class).setParameter("card", fromCardId).getResultList()) {
            em.persist(choice.forCard(toCardId));
        }
        for (LowBalanceAlert alert : em.createQuery("SELECT a FROM LowBalanceAlert a WHERE a.cardId = :card",
                LowBalanceAlert.class).setParameter("card", fromCardId).getResultList()) {
            em.persist(alert.forCard(toCardId));
        }
        SmsInformer informer = em.find(SmsInformer.class, fromCardId);
        if (informer != null) {
            SmsInformer moved = informer.forCard(toCardId, now, actor);
            Card successor = em.find(Card.class, toCardId);
            if (successor == null || em.find(SmsInformerPrice.class, successor.contractId()) == null) {
                moved.disconnect(now, actor);
            }
            em.persist(moved);
            informer.disconnect(now, actor);
        }
    }
}
