package org.cardhub.cards.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.control.NewCards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardGuardian;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.CardReissued;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;

import static org.cardhub.cards.entity.InvalidCardOperationException.Code.MONEY_RESERVED;
import static org.cardhub.cards.entity.InvalidCardOperationException.Code.NOT_ANOTHER_SCHOOL;
import static org.cardhub.cards.entity.InvalidCardOperationException.Code.NOT_A_SCHOOL_CARD;

/**
 * A pupil changing school: a new card on the new school's contract, with a new 8-digit school contract number, barcode
 * and activation code, the balance of every purse moved onto it, the same holder, guardians, limits and restrictions; the
 * old card is replaced (terminals refuse it at once) and keeps its number, its school's identifiers and its history, so
 * the old school's days stay readable. All in the caller's transaction, or none of it.
 */
@Stateless
@RolesAllowed({Role.Names.BACKOFFICE, Role.Names.PARENT})
public class SchoolChanges {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    ObjectAccess access;

    @EJB
    AuditLog audit;

    @Inject
    NewCards newCards;

    @Inject
    Event<CardReissued> reissues;

    /** Moves the pupil's card to the school of {@code schoolContractId}; refused when open authorisations hold money. */
    public Cards.IssuedCard moveToSchool(long cardId, long schoolContractId, String reason) {
        Card old = em.find(Card.class, cardId);
        if (old == null || !access.mayUseCard(cardId)) {
            throw new AccessDeniedException("card", cardId);
        }
        Contract from = em.find(Contract.class, old.contractId());
        if (from.kind() != ContractKind.SCHOOL || old.holderKind() != HolderKind.PUPIL) {
            throw new InvalidCardOperationException(NOT_A_SCHOOL_CARD, "Card " + old.panMasked() + " is not a pupil's school card");
        }
        Contract to = em.find(Contract.class, schoolContractId);
        if (to == null || to.kind() != ContractKind.SCHOOL || !to.isActive() || to.id().equals(from.id())) {
            throw new InvalidCardOperationException(NOT_ANOTHER_SCHOOL, "Contract " + schoolContractId
                    + " is not another active school's");
        }
        Map<Long, Account> oldPurses = ledger.lock(ledger.accountsOfCard(cardId).stream().map(Account::id).toList());
        if (oldPurses.values().stream().anyMatch(purse -> purse.held().isPositive())) {
            throw new InvalidCardOperationException(MONEY_RESERVED, "Card " + old.panMasked()
                    + " has money reserved; it changes school once that settles");
        }
        String actor = audit.actor(null);
        CardStatus previous = old.markReissued();
        old.stampStopList(newCards.next("stop_list_seq"));
        CardNumber pan = newCards.generatedNumber();
        Card successor = newCards.make(to, pan, old.form(), old.holder());
        successor.issue();
        successor.activate();
        successor.succeed(old);
        moveBalances(oldPurses, successor, to, old.panMasked(), actor);
        reissues.fire(new CardReissued(old, successor));
        for (String guardian : em.createQuery("SELECT g.subject FROM CardGuardian g WHERE g.cardId = :card", String.class)
                .setParameter("card", cardId).getResultList()) {
            em.persist(new CardGuardian(successor.id(), guardian));
        }
        audit.lifecycle(actor, LifecycleEvent.Subject.CARD, cardId, previous, CardStatus.REISSUED,
                (reason == null ? "" : reason + "; ") + "school changed to contract " + to.number() + ", replaced by "
                        + successor.panMasked());
        audit.lifecycle(actor, LifecycleEvent.Subject.CARD, successor.id(), null, successor.status(),
                "change of school from contract " + from.number() + ", card " + old.panMasked());
        return new Cards.IssuedCard(successor, pan);
    }

    private void moveBalances(Map<Long, Account> oldPurses, Card successor, Contract to, String oldMasked, String actor) {
        Instant now = Instant.now();
        Function<Long, ZoneId> zones = id -> em.find(Contract.class, id).timeZone();
        for (Account purse : oldPurses.values()) {
            if (!purse.balance().isPositive()) {
                continue;
            }
            Account fresh = ledger.accountsOfCard(successor.id()).stream()
                    .filter(account -> account.purpose() == purse.purpose() && account.currency() == purse.currency())
                    .findFirst()
                    .orElseGet(() -> ledger.open(Account.ofCard(to.id(), successor.id(), purse.purpose(), purse.currency())));
            ledger.book(new JournalEntry(EntryKind.REISSUE, now, OperationFacts.ofCard(successor.id(), to.id(),
                    purse.balance()), "Balance of card " + oldMasked + " on change of school", actor)
                    .move(purse, fresh, purse.balance()), zones);
        }
    }
}
