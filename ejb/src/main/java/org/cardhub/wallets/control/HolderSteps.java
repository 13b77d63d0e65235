package org.cardhub.wallets.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.boundary.WalletCards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.wallets.entity.PhoneNumber;
import org.cardhub.wallets.entity.WalletCard;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletRefusal;

/**
 * The signed-in holder's steps that a code to the phone confirmed, each in its own transaction begun after the code
 * was accepted: a new card. The holder is the caller; their wallet must be open.
 */
@Stateless
@RolesAllowed(Role.Names.WALLET)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class HolderSteps {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    WalletHolderBook holders;

    @EJB
    WalletCards cards;

    /** The caller's open wallet and its phone, where the confirmation code goes. */
    public PhoneNumber phoneOfCaller() {
        return new PhoneNumber(em.find(Contract.class, openHolder().contractId()).holderPhone());
    }

    public WalletCard addCard(CardForm form) {
        WalletHolder holder = openHolder();
        try {
            if (form == CardForm.VIRTUAL) {
                Cards.IssuedCard card = cards.virtual(holder.contractId(), holder.fullName(), holder.subject());
                return WalletCard.of(card.card()).withFullNumber(card.number().digits());
            }
            Card card = cards.plastic(holder.contractId(), holder.fullName(), holder.subject());
            return WalletCard.of(card);
        } catch (InvalidContractException e) {
            if (e.code() == InvalidContractException.Code.WALLET_CARD_LIMIT) {
                throw new WalletRefusal(WalletRefusal.Code.CARD_LIMIT, "A wallet has at most three cards");
            }
            throw e;
        }
    }

    public WalletHolder openHolder() {
        WalletHolder holder = holders.ofSubject(session.getCallerPrincipal().getName()).orElseThrow(() ->
                new WalletRefusal(WalletRefusal.Code.NO_WALLET, "The person signed in has no wallet"));
        if (!holder.isOpen()) {
            throw new WalletRefusal(WalletRefusal.Code.WALLET_CLOSED, "The wallet is closed");
        }
        return holder;
    }
}
