package org.cardhub.school.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardStatus;

import java.util.List;

/**
 * The pupils' cards a person reaches: those of the children they look after (as {@code card_guardian} links them),
 * in use or replaced and closed apart, and a pupil's own (the card's holder). By holder name, then oldest first. Cards
 * of school contracts only.
 */
@Dependent
public class FamilyCards {

    private static final List<CardStatus> FORMER = List.of(CardStatus.REISSUED, CardStatus.CLOSED);
    // school cards only: a child's card at an education centre is its balance there, which the lessons' pages show
    private static final String GUARDED = "SELECT c FROM Card c WHERE c.id IN "
            + "(SELECT g.cardId FROM CardGuardian g WHERE g.subject = :subject) AND c.contractId IN "
            + "(SELECT k.id FROM Contract k WHERE k.kind = org.cardhub.contracts.entity.ContractKind.SCHOOL) AND c.status ";

    @PersistenceContext
    EntityManager em;

    public List<Card> guardedBy(String subject) {
        return em.createQuery(GUARDED + "NOT IN :former ORDER BY c.holderName, c.id", Card.class)
                .setParameter("subject", subject).setParameter("former", FORMER).getResultList();
    }

    /** Cards of the children that were replaced (a reissue, a change of school) or closed, newest first per child. */
    public List<Card> formerlyGuardedBy(String subject) {
        return em.createQuery(GUARDED + "IN :former ORDER BY c.holderName, c.id DESC", Card.class)
                .setParameter("subject", subject).setParameter("former", FORMER).getResultList();
    }

    public List<Card> heldBy(String subject) {
        return em.createQuery("SELECT c FROM Card c WHERE c.holderSubject = :subject AND c.status NOT IN :former "
                        + "ORDER BY c.id", Card.class)
                .setParameter("subject", subject).setParameter("former", FORMER).getResultList();
    }
}
