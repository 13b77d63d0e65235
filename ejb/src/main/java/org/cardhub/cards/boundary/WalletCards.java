package org.cardhub.cards.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.cards.control.NewCards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.contracts.entity.WalletCaps;

import java.util.List;

/**
 * A wallet's cards as its holder gets them: a virtual card usable at once (its full number shown once), a plastic one
 * ordered for the back office to issue and hand over; at most three live cards a wallet. An in-transaction face: it
 * joins the caller's transaction and checks no roles — the wallet's facade, which knows the holder, does.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WalletCards {

    private static final List<CardStatus> GONE = List.of(CardStatus.CLOSED, CardStatus.REISSUED);

    @PersistenceContext
    EntityManager em;

    @Inject
    NewCards newCards;

    @EJB
    AuditLog audit;

    /** A virtual card of the wallet in the holder's name, active at once. */
    public Cards.IssuedCard virtual(long contractId, String holderName, String subject) {
        Cards.IssuedCard ordered = make(contractId, CardForm.VIRTUAL, holderName, subject);
        Card card = ordered.card();
        CardStatus previous = card.issue();
        card.activate();
        audit.lifecycle(audit.actor(null), LifecycleEvent.Subject.CARD, card.id(), previous, card.status(),
                "virtual wallet card, active at once");
        return ordered;
    }

    /** A plastic card of the wallet, ordered: the back office issues it and the holder activates it when it arrives. */
    public Card plastic(long contractId, String holderName, String subject) {
        return make(contractId, CardForm.PLASTIC, holderName, subject).card();
    }

    /** The wallet's cards that are not closed or replaced, newest first. */
    public List<Card> liveCards(long contractId) {
        return em.createQuery("SELECT c FROM Card c WHERE c.contractId = :contract AND c.status NOT IN :gone "
                        + "ORDER BY c.id DESC", Card.class)
                .setParameter("contract", contractId).setParameter("gone", GONE).getResultList();
    }

    /** Closes every live card of the wallet (a closed wallet's cards stop at once, the stop list tells terminals). */
    public void closeAll(long contractId, String reason) {
        for (Card card : liveCards(contractId)) {
            boolean wasStopListed = card.isStopListed();
            CardStatus previous = card.close(false);
            if (wasStopListed != card.isStopListed()) {
                card.stampStopList(newCards.next("stop_list_seq"));
            }
            audit.lifecycle(audit.actor(null), LifecycleEvent.Subject.CARD, card.id(), previous, card.status(), reason);
        }
    }

    private Cards.IssuedCard make(long contractId, CardForm form, String holderName, String subject) {
        Contract contract = em.find(Contract.class, contractId);
        contract.requireActive();
        if (newCards.liveCountOf(contractId) >= WalletCaps.MAX_CARDS_PER_PERSON) {
            throw new InvalidContractException(InvalidContractException.Code.WALLET_CARD_LIMIT,
                    "A person holds at most " + WalletCaps.MAX_CARDS_PER_PERSON + " wallet cards");
        }
        CardNumber pan = newCards.generatedNumber();
        Card card = newCards.make(contract, pan, form, new Card.Holder(HolderKind.PERSON, holderName, subject));
        audit.lifecycle(audit.actor(null), LifecycleEvent.Subject.CARD, card.id(), null, card.status(),
                form + " wallet card " + card.panMasked() + " for " + card.holderName());
        return new Cards.IssuedCard(card, pan);
    }
}
