package org.cardhub.cards.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.entity.CardGuardian;
import org.cardhub.callers.Role;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.control.NewCards;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.CardReissued;
import org.cardhub.cards.entity.CardStatusChanged;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.contracts.entity.WalletCaps;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.secrets.SecretVault;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cards from order to closing: numbers that pass the Luhn check and are stored only hashed and sealed,
 * school identifiers (8-digit contract number, barcode, activation code), purses for cards that hold
 * their own money, blocking from the cabinet, by partners or by staff, and reissue that keeps the
 * balance, limits and guardians.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
public class Cards {

    /** The issuer number of Cardhub's own cards. */
    public static final String BIN = NewCards.BIN;

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @Inject
    Event<CardReissued> reissues;

    @Inject
    Event<CardStatusChanged> statusChanges;

    @EJB
    ObjectAccess access;

    @EJB
    AuditLog audit;

    @Inject
    SecretVault vault;

    @Inject
    NewCards newCards;

    /** A new card of the contract, ordered; a school card gets its contract number, barcode and activation code. */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE})
    public IssuedCard order(long contractId, CardForm form, Card.Holder holder) {
        access.requireContract(contractId);
        Contract contract = em.find(Contract.class, contractId);
        if (contract.status() == ContractStatus.CLOSED) {
            throw new InvalidContractException(InvalidContractException.Code.NOT_ACTIVE, "Contract " + contract.number() + " is closed");
        }
        if (contract.kind() == ContractKind.WALLET && newCards.liveCountOf(contract.id()) >= WalletCaps.MAX_CARDS_PER_PERSON) {
            throw new InvalidContractException(InvalidContractException.Code.WALLET_CARD_LIMIT,
                    "A person holds at most " + WalletCaps.MAX_CARDS_PER_PERSON + " wallet cards");
        }
        CardNumber pan = newCards.generatedNumber();
        Card card = newCards.make(contract, pan, form, holder);
        audit.lifecycle(audit.actor(null), LifecycleEvent.Subject.CARD, card.id(), null, card.status(),
                form + " card " + card.panMasked() + " for " + holder.kind() + " " + card.holderName());
        return new IssuedCard(card, pan);
    }

    /** A card and, once only at ordering, its full number (for printing or the holder's virtual card). */
    public record IssuedCard(Card card, CardNumber number) {
    }

    public Card issue(long cardId) {
        return change(cardId, Card::issue, null);
    }

    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT, Role.Names.WALLET})
    public Card activate(long cardId) {
        return change(cardId, Card::activate, null);
    }

    /** Blocks a card from the cabinet, by a partner or by staff. */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT, Role.Names.PUPIL, Role.Names.WALLET,
            Role.Names.PARTNER_FLEET})
    public Card block(long cardId, BlockReason reason) {
        return change(cardId, card -> card.block(reason), reason.name());
    }

    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT, Role.Names.WALLET, Role.Names.PARTNER_FLEET})
    public Card unblock(long cardId) {
        return change(cardId, Card::unblock, null);
    }

    /** A block or its lifting by staff, with why, kept in the card's history. */
    public Card block(long cardId, BlockReason reason, String why) {
        return change(cardId, card -> card.block(reason), reason.name() + ": " + why);
    }

    public Card unblock(long cardId, String why) {
        return change(cardId, Card::unblock, why);
    }

    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE})
    public Card close(long cardId, String reason) {
        return change(cardId, card -> card.close(holdsMoney(cardId)), reason);
    }

    /** Whether the card's own purses (locked, so nothing lands on them meanwhile) hold or reserve anything. */
    private boolean holdsMoney(long cardId) {
        return ledger.lock(ledger.accountsOfCard(cardId).stream().map(Account::id).toList()).values().stream()
                .anyMatch(purse -> !purse.balance().isZero() || purse.held().isPositive());
    }

    /**
     * Replaces a card with a new number: the balance of every purse moves to the new card, which keeps the
     * holder, school identifiers, limits, restrictions and guardians. Refused while authorisations are open.
     */
    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT, Role.Names.WALLET})
    public IssuedCard reissue(long cardId, String reason) {
        Card old = findForUpdate(cardId);
        Contract contract = em.find(Contract.class, old.contractId());
        List<Account> oldPurses = ledger.accountsOfCard(cardId);
        Map<Long, Account> locked = ledger.lock(oldPurses.stream().map(Account::id).toList());
        if (locked.values().stream().anyMatch(purse -> purse.held().isPositive())) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.STATUS_TRANSITION,
                    "Card " + old.panMasked() + " has open authorisations; reissue it once they complete or expire");
        }
        String actor = audit.actor(null);
        boolean wasStopListed = old.isStopListed();
        CardStatus previous = old.markReissued();
        if (!wasStopListed) {
            old.stampStopList(next("stop_list_seq"));
        }
        CardNumber pan = newCards.generatedNumber();
        Card successor = old.reissueAs(pan, vault.lookupHash(pan.digits()), vault.seal(pan.digits()),
                LocalDate.now(contract.timeZone()).plusYears(NewCards.VALIDITY_YEARS), Instant.now());
        old.handOverIdentifiersTo(successor);
        em.flush();
        em.persist(successor);
        em.flush();
        Instant now = Instant.now();
        Function<Long, ZoneId> zones = id -> em.find(Contract.class, id).timeZone();
        for (Account purse : locked.values()) {
            Account fresh = ledger.open(Account.ofCard(contract.id(), successor.id(), purse.purpose(), purse.currency()));
            if (purse.balance().isPositive()) {
                ledger.book(new JournalEntry(EntryKind.REISSUE, now, OperationFacts.ofCard(successor.id(), contract.id(),
                        purse.balance()), "Balance of reissued card " + old.panMasked(), actor)
                        .move(purse, fresh, purse.balance()), zones);
            }
        }
        reissues.fire(new CardReissued(old, successor));
        for (String guardian : guardiansOf(cardId)) {
            em.persist(new CardGuardian(successor.id(), guardian));
        }
        audit.lifecycle(actor, LifecycleEvent.Subject.CARD, cardId, previous, CardStatus.REISSUED,
                (reason == null ? "" : reason + "; ") + "replaced by " + successor.panMasked());
        audit.lifecycle(actor, LifecycleEvent.Subject.CARD, successor.id(), null, successor.status(),
                "reissue of " + old.panMasked());
        return new IssuedCard(successor, pan);
    }

    /** Links a guardian (a parent), by their Keycloak user id, to a pupil's card. */
    public void addGuardian(long cardId, String subject) {
        findForUpdate(cardId);
        em.persist(new CardGuardian(cardId, subject));
        audit.record(audit.actor(null), "card.guardian", AuditSubject.CARD, cardId, "+" + subject);
    }

    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT, Role.Names.PUPIL})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Card find(long cardId) {
        Card card = em.find(Card.class, cardId);
        if (card == null || !access.mayUseCard(cardId)) {
            throw new AccessDeniedException("card", cardId);
        }
        if (!access.holdsRight(cardId, CompanyRight.BLOCK_CARDS)) {
            throw new RightMissingException(CompanyRight.BLOCK_CARDS);
        }
        return card;
    }

    @RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT, Role.Names.PUPIL})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LifecycleEvent> history(long cardId) {
        find(cardId);
        return audit.history(LifecycleEvent.Subject.CARD, cardId);
    }

    private Card change(long cardId, Function<Card, CardStatus> transition, String reason) {
        Card card = findForUpdate(cardId);
        boolean wasStopListed = card.isStopListed();
        CardStatus previous = transition.apply(card);
        if (wasStopListed != card.isStopListed()) {
            card.stampStopList(next("stop_list_seq"));
        }
        audit.lifecycle(audit.actor(null), LifecycleEvent.Subject.CARD, cardId, previous, card.status(), reason);
        statusChanges.fire(new CardStatusChanged(card, previous));
        return card;
    }

    /**
     * The cards terminals must refuse that changed after {@code sinceVersion} (0: the whole list), oldest
     * change first, at most {@code max} of them; a card that became usable again is in it too, so the
     * terminal drops it.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Card> stopListChanges(long sinceVersion, int max) {
        String usableAgain = sinceVersion == 0 ? " AND c.status IN :listed" : "";
        var query = em.createQuery("SELECT c FROM Card c WHERE c.stopListVersion > :since" + usableAgain
                + " ORDER BY c.stopListVersion", Card.class)
                .setParameter("since", sinceVersion).setMaxResults(max);
        if (sinceVersion == 0) {
            query.setParameter("listed", List.of(CardStatus.BLOCKED, CardStatus.REISSUED, CardStatus.CLOSED));
        }
        return query.getResultList();
    }

    private Card findForUpdate(long cardId) {
        Card card = em.find(Card.class, cardId);
        if (card == null || !access.mayUseCard(cardId)) {
            throw new AccessDeniedException("card", cardId);
        }
        if (!access.holdsRight(cardId, CompanyRight.BLOCK_CARDS)) {
            throw new RightMissingException(CompanyRight.BLOCK_CARDS);
        }
        return card;
    }

    private List<String> guardiansOf(long cardId) {
        return new ArrayList<>(em.createQuery("SELECT g.subject FROM CardGuardian g WHERE g.cardId = :card", String.class)
                .setParameter("card", cardId).getResultList());
    }

    private long next(String sequence) {
        return newCards.next(sequence);
    }
}
