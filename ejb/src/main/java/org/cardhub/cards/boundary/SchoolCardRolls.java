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
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.control.NewCards;
import org.cardhub.cards.entity.ActivationCodes;
import org.cardhub.cards.entity.Barcode;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.cards.entity.SchoolContractNumber;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Currency;
import org.cardhub.secrets.SecretVault;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * A school's cards in bulk, inside the transaction of the school's import of pupils: the contract's live cards and who
 * holds given school contract numbers, each in one statement (per thousand numbers); new active cards with their numbers,
 * school contract numbers and barcodes allocated in blocks, their general and canteen purses, activation codes (handed
 * back once, kept only as a keyed hash) and history; new codes for cards whose list is printed again; and cards relisted under a new name, kind of holder or class. An in-transaction face: it joins the caller's
 * transaction (its reads run without one too) and checks no roles — the facade that starts the transaction does.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SchoolCardRolls {

    private static final List<CardStatus> LIVE = List.of(CardStatus.ORDERED, CardStatus.ISSUED, CardStatus.ACTIVE,
            CardStatus.BLOCKED);
    private static final int CHUNK = 100;
    private static final int IN_LIST = 1000;

    /** A live card of a school contract as the school's lists read it. */
    public record SchoolCard(long id, String number, HolderKind kind, String holderName, Long classId, String panMasked) {
    }

    /** Who holds a school contract number: a card of a contract, in a status. */
    public record NumberHolder(String number, long contractId, CardStatus status) {

        public boolean isLive() {
            return LIVE.contains(status);
        }
    }

    /** A card to make: its holder (a pupil, or a person of the staff), class and number, or null to allocate one. */
    public record SchoolHolder(HolderKind kind, String name, Long classId, String number) {
    }

    /**
     * A card as the school hands it out, with its activation code when the code was just made; null otherwise, for only
     * the code's keyed hash is kept.
     */
    public record NewSchoolCard(long cardId, String number, String activationCode, String holderName, Long classId) {

        @Override
        public String toString() {
            return "NewSchoolCard[" + cardId + ", " + number + ", code hidden]";
        }
    }

    /** A card's holder and class as they are to be listed. */
    public record Relisting(long cardId, HolderKind kind, String name, Long classId) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @Inject
    SecretVault vault;

    @Inject
    NewCards newCards;

    private final SecureRandom random = new SecureRandom();

    /** The contract's cards that are not replaced or closed, by holder name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SchoolCard> liveCardsOf(long contractId) {
        return em.createQuery("SELECT c.id, c.schoolContractNumber, c.holderKind, c.holderName, c.classId, c.panMasked "
                        + "FROM Card c WHERE c.contractId = :contract AND c.status IN :live ORDER BY c.holderName, c.id",
                        Object[].class)
                .setParameter("contract", contractId).setParameter("live", LIVE).getResultStream()
                .map(row -> new SchoolCard((Long) row[0], (String) row[1], (HolderKind) row[2], (String) row[3],
                        (Long) row[4], (String) row[5]))
                .toList();
    }

    /** These cards of the contract as the school hands them out: holder, class and contract number, no code. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<NewSchoolCard> handOut(long contractId, Collection<Long> cardIds) {
        List<NewSchoolCard> cards = new ArrayList<>();
        List<Long> ids = List.copyOf(cardIds);
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createQuery("SELECT c.id, c.schoolContractNumber, c.holderName, c.classId FROM Card c "
                            + "WHERE c.contractId = :contract AND c.id IN :ids", Object[].class)
                    .setParameter("contract", contractId)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).getResultStream()
                    .forEach(row -> cards.add(new NewSchoolCard((Long) row[0], (String) row[1], null,
                            (String) row[2], (Long) row[3])));
        }
        return cards;
    }

    /**
     * New activation codes for these live cards of the contract, for a list printed again: the codes handed out before
     * stop linking the cards. Each change has its line in the audit trail.
     */
    public List<NewSchoolCard> newCodes(long contractId, Collection<Long> cardIds, String reason) {
        List<Long> ids = List.copyOf(cardIds);
        String actor = audit.actor(null);
        List<NewSchoolCard> renewed = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Card> cards = em.createQuery("SELECT c FROM Card c WHERE c.contractId = :contract AND c.id IN :ids "
                            + "AND c.status IN :live", Card.class)
                    .setParameter("contract", contractId).setParameter("live", LIVE)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).getResultList();
            for (Card card : cards) {
                String code = ActivationCodes.next(random);
                card.newActivationCode(vault.activationCodeHash(code));
                audit.record(actor, "card.activation-code.renewed", AuditSubject.CARD, card.id(), reason);
                renewed.add(new NewSchoolCard(card.id(), card.schoolContractNumber(), code, card.holderName(), card.classId()));
            }
        }
        return renewed;
    }

    /** The cards (of any contract and status) that hold any of these school contract numbers, by number. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, NumberHolder> holdersOf(Collection<String> numbers) {
        Map<String, NumberHolder> holders = new HashMap<>();
        List<String> all = List.copyOf(new HashSet<>(numbers));
        for (int from = 0; from < all.size(); from += IN_LIST) {
            em.createQuery("SELECT c.schoolContractNumber, c.contractId, c.status FROM Card c "
                            + "WHERE c.schoolContractNumber IN :numbers", Object[].class)
                    .setParameter("numbers", all.subList(from, Math.min(all.size(), from + IN_LIST))).getResultStream()
                    .forEach(row -> holders.put((String) row[0], new NumberHolder((String) row[0], (Long) row[1],
                            (CardStatus) row[2])));
        }
        return holders;
    }

    /**
     * Makes the cards on the school contract (or an education centre's), active at once, in the order given: each with a generated card number,
     * its school contract number (the one asked for, or the next free one of the sequence), the barcode of that number,
     * a new activation code, its class, a general and a canteen purse in roubles, and its history's first line.
     * {@code progress} hears how many are made, chunk by chunk.
     */
    public List<NewSchoolCard> issue(long contractId, List<SchoolHolder> holders, String reason, IntConsumer progress) {
        Contract contract = em.find(Contract.class, contractId);
        if (contract == null || (contract.kind() != ContractKind.SCHOOL && contract.kind() != ContractKind.CENTRE)) {
            throw new AccessDeniedException("school contract", contractId);
        }
        if (!contract.isActive()) {
            throw new InvalidContractException(InvalidContractException.Code.NOT_ACTIVE,
                    "Contract " + contract.number() + " is not active");
        }
        Set<String> asked = new HashSet<>();
        holders.stream().map(SchoolHolder::number).filter(number -> number != null).forEach(asked::add);
        Deque<String> free = newCards.freeSchoolNumbers(holders.size() - asked.size(), asked);
        long[] pans = newCards.block("card_number_seq", holders.size());
        String actor = audit.actor(null);
        LocalDate expires = LocalDate.now(contract.timeZone()).plusYears(NewCards.VALIDITY_YEARS);
        Instant now = Instant.now();
        List<NewSchoolCard> made = new ArrayList<>(holders.size());
        for (int from = 0; from < holders.size(); from += CHUNK) {
            List<Card> chunk = new ArrayList<>(CHUNK);
            List<String> codes = new ArrayList<>(CHUNK);
            for (int at = from; at < Math.min(holders.size(), from + CHUNK); at++) {
                String code = ActivationCodes.next(random);
                codes.add(code);
                chunk.add(make(contract, holders.get(at), pans[at], free, expires, now, vault.activationCodeHash(code)));
            }
            em.flush();
            List<Account> purses = new ArrayList<>(2 * chunk.size());
            for (int at = 0; at < chunk.size(); at++) {
                Card card = chunk.get(at);
                purses.add(Account.ofCard(contractId, card.id(), AccountPurpose.MAIN, Currency.RUB));
                purses.add(Account.ofCard(contractId, card.id(), AccountPurpose.CANTEEN, Currency.RUB));
                audit.lifecycle(actor, LifecycleEvent.Subject.CARD, card.id(), null, card.status(), reason);
                made.add(new NewSchoolCard(card.id(), card.schoolContractNumber(), codes.get(at),
                        card.holderName(), card.classId()));
            }
            ledger.openAll(purses);
            progress.accept(made.size());
        }
        return made;
    }

    private Card make(Contract contract, SchoolHolder holder, long sequence, Deque<String> free, LocalDate expires,
                      Instant now, String activationCodeHash) {
        CardNumber pan = CardNumber.generate(NewCards.BIN, sequence);
        Card card = new Card(contract.id(), pan, vault.lookupHash(pan.digits()), vault.seal(pan.digits()), CardForm.PLASTIC,
                new Card.Holder(holder.kind(), holder.name(), null), expires, now);
        String number = holder.number() == null ? free.pop() : holder.number();
        card.identifyBy(Barcode.generate(Long.parseLong(number)), SchoolContractNumber.of(number), activationCodeHash);
        card.listAs(holder.kind(), holder.name());
        card.placeInClass(holder.classId());
        card.issue();
        card.activate();
        em.persist(card);
        return card;
    }

    /** Renames, moves to another class or lists as pupil or staff each card, with a line of the audit trail for each. */
    public void relist(long contractId, List<Relisting> changes, String reason) {
        Map<Long, Card> cards = new HashMap<>();
        List<Long> ids = changes.stream().map(Relisting::cardId).toList();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            em.createQuery("SELECT c FROM Card c WHERE c.id IN :ids", Card.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).getResultStream()
                    .forEach(card -> cards.put(card.id(), card));
        }
        String actor = audit.actor(null);
        for (Relisting change : changes) {
            Card card = cards.get(change.cardId());
            if (card == null || card.contractId() != contractId || !LIVE.contains(card.status())) {
                throw new InvalidCardOperationException(InvalidCardOperationException.Code.CARD_UNKNOWN,
                        "No live card " + change.cardId() + " of contract " + contractId);
            }
            String before = card.holderKind() + " " + card.holderName() + ", class " + card.classId();
            card.listAs(change.kind(), change.name());
            card.placeInClass(change.classId());
            audit.record(actor, "card.relisted", AuditSubject.CARD, card.id(), before + " → " + change.kind() + " "
                    + card.holderName() + ", class " + change.classId() + (reason == null ? "" : ": " + reason));
        }
    }
}
