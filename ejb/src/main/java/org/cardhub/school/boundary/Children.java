package org.cardhub.school.boundary;

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
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.payments.entity.PurchaseItem;
import org.cardhub.school.entity.Attendance;
import org.cardhub.school.entity.Child;
import org.cardhub.school.entity.Meal;

import java.util.List;

/** What a parent sees of their children: cards and balances, meals dish by dish, turnstile passes. */
@Stateless
@RolesAllowed(Role.Names.PARENT)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Children {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    ObjectAccess access;

    @Inject
    CardDirectory cards;

    public List<Child> mine() {
        String parent = session.getCallerPrincipal().getName();
        return cards.guardedBy(parent).stream()
                .map(card -> new Child(card.id(), card.holderName(), card.schoolContractNumber(), card.panMasked(),
                        card.status().name(), balance(card, AccountPurpose.MAIN), balance(card, AccountPurpose.CANTEEN),
                        em.find(Contract.class, card.contractId()).timeZone().getId()))
                .toList();
    }

    public List<Meal> meals(long cardId, int max) {
        access.requireCard(cardId);
        return em.createQuery("SELECT e FROM JournalEntry e WHERE e.cardId = :card AND e.kind = :purchase "
                        + "AND NOT EXISTS (SELECT r FROM JournalEntry r WHERE r.reversesEntryId = e.id) ORDER BY e.bookedAt DESC",
                        JournalEntry.class)
                .setParameter("card", cardId).setParameter("purchase", EntryKind.PURCHASE).setMaxResults(max)
                .getResultStream()
                .map(entry -> new Meal(entry.bookedAt(), Amount.ofMinorUnits(entry.amountMinor(), Currency.RUB).toPlainString(),
                        dishesOf(entry)))
                .toList();
    }

    public List<Attendance> passes(long cardId, int max) {
        access.requireCard(cardId);
        return em.createQuery("SELECT a FROM Attendance a WHERE a.cardId = :card ORDER BY a.occurredAt DESC", Attendance.class)
                .setParameter("card", cardId).setMaxResults(max).getResultList();
    }

    private List<String> dishesOf(JournalEntry entry) {
        return em.createQuery("SELECT i FROM PurchaseItem i WHERE i.entryId = :entry ORDER BY i.lineNo", PurchaseItem.class)
                .setParameter("entry", entry.id()).getResultStream()
                .map(item -> item.name() + " × " + item.quantity() + " — " + item.price().toPlainString() + " ₽")
                .toList();
    }

    private String balance(Card card, AccountPurpose purpose) {
        return em.createQuery("SELECT a FROM Account a WHERE a.cardId = :card AND a.purpose = :purpose AND a.currency = :rub",
                        Account.class)
                .setParameter("card", card.id()).setParameter("purpose", purpose).setParameter("rub", Currency.RUB)
                .getResultStream().findFirst().map(account -> account.available().toPlainString()).orElse("—");
    }
}
