package org.cardhub.school.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardGuardian;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is linked to which pupil's card ({@code card_guardian}), in the caller's transaction. No cache keeps these rows:
 * the object checks read the table on every call, so an unlink refuses the parent from the next request on.
 */
@Dependent
public class GuardianLinks {

    /** More reissues than a pupil's card ever has: the walk back stops there whatever the data says. */
    private static final int MAX_REISSUES = 50;

    @PersistenceContext
    EntityManager em;

    public boolean isLinked(long cardId, String subject) {
        return !em.createQuery("SELECT g.cardId FROM CardGuardian g WHERE g.cardId = :card AND g.subject = :subject", Long.class)
                .setParameter("card", cardId).setParameter("subject", subject).getResultList().isEmpty();
    }

    /**
     * Links the person to the card and to the cards it replaced, so a parent who links a reissued card reads the
     * child's whole history, like the parents linked before the reissue.
     */
    public void link(Card card, String subject) {
        for (Card step : withPredecessors(card)) {
            if (!isLinked(step.id(), subject)) {
                em.persist(new CardGuardian(step.id(), subject));
            }
        }
        em.flush();
    }

    /**
     * Ends the person's link to the card and to the cards it replaced (a reissue copies the links to the new card, and
     * the old card's history must close to them too).
     *
     * @return the cards that were linked to the person, the given one first; empty when it was not
     */
    public List<Long> unlink(Card card, String subject) {
        List<Long> unlinked = new ArrayList<>();
        for (Card step : withPredecessors(card)) {
            int removed = em.createQuery("DELETE FROM CardGuardian g WHERE g.cardId = :card AND g.subject = :subject")
                    .setParameter("card", step.id()).setParameter("subject", subject).executeUpdate();
            if (removed == 0 && step == card) {
                return List.of();
            }
            if (removed > 0) {
                unlinked.add(step.id());
            }
        }
        return unlinked;
    }

    /** The card, then the card it replaced, and so on back to the first. */
    private List<Card> withPredecessors(Card card) {
        List<Card> chain = new ArrayList<>();
        for (Card step = card; step != null && chain.size() < MAX_REISSUES;
             step = step.reissuedFromId() == null ? null : em.find(Card.class, step.reissuedFromId())) {
            chain.add(step);
        }
        return chain;
    }
}
