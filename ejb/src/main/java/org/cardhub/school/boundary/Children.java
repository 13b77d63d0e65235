package org.cardhub.school.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Currency;
import org.cardhub.school.entity.Child;

import java.util.List;

/** The parent's children as the money pages list them: each card with its balances and its school's time zone. */
@Stateless
@RolesAllowed(Role.Names.PARENT)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Children {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CardDirectory cards;

    /** Every child's card the caller looks after, at school and at education centres (a centre's is the balance there). */
    public List<Child> mine() {
        return children(cards.guardedBy(session.getCallerPrincipal().getName()));
    }

    /** The children's school cards only. */
    public List<Child> atSchool() {
        return children(cards.schoolCardsGuardedBy(session.getCallerPrincipal().getName()));
    }

    private List<Child> children(List<Card> guarded) {
        return guarded.stream()
                .map(card -> new Child(card.id(), card.holderName(), card.schoolContractNumber(), card.panMasked(),
                        card.status().name(), balance(card, AccountPurpose.MAIN), balance(card, AccountPurpose.CANTEEN),
                        em.find(Contract.class, card.contractId()).timeZone().getId()))
                .toList();
    }

    private String balance(Card card, AccountPurpose purpose) {
        return em.createQuery("SELECT a FROM Account a WHERE a.cardId = :card AND a.purpose = :purpose AND a.currency = :rub",
                        Account.class)
                .setParameter("card", card.id()).setParameter("purpose", purpose).setParameter("rub", Currency.RUB)
                .getResultStream().findFirst().map(account -> account.available().toPlainString()).orElse("—");
    }
}
