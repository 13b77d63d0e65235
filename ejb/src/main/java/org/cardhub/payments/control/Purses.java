package org.cardhub.payments.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Finds the purses an operation names or a spend may draw on, and their cards and contracts; says whether
 * the caller may move a purse's money.
 */
@Dependent
public class Purses {

    private static final Set<String> CANTEEN_CATEGORIES = Set.of("HOT_MEAL", "BUFFET", "MEAL", "DRINK", "SWEETS");

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    ObjectAccess access;

    @Inject
    CardDirectory cards;

    /**
     * The purses a spend may draw on, in order: the contract account for pooled contracts; otherwise the
     * card's canteen purse for meals (when it has one), then its main purse.
     */
    List<Account> spendingAccounts(Card card, Contract contract, String category) {
        if (contract.drawsOnContractAccount()) {
            return List.of(purse(contract.id(), null, AccountPurpose.MAIN, Currency.RUB));
        }
        Account main = purse(contract.id(), card.id(), AccountPurpose.MAIN, Currency.RUB);
        if (category != null && CANTEEN_CATEGORIES.contains(category.toUpperCase(Locale.ROOT))) {
            Optional<Account> canteen = purseIfAny(contract.id(), card.id(), AccountPurpose.CANTEEN, Currency.RUB);
            if (canteen.isPresent()) {
                return List.of(canteen.get(), main);
            }
        }
        return List.of(main);
    }

    /**
     * Locks at once, in id order, what these cards' spending locks: a pooled contract's own accounts, else the card's,
     * and its contract's too when a contract-wide limit makes the contract account part of the card's queue
     * ({@code sharesContractQueue}). An automatic top-up's source is locked by the operation that needs it.
     */
    public void lockAhead(Collection<Card> spending, Predicate<Card> sharesContractQueue) {
        Set<Long> cardIds = new TreeSet<>();
        Set<Long> contractIds = new TreeSet<>();
        for (Card card : spending) {
            if (contractOf(card).drawsOnContractAccount()) {
                contractIds.add(card.contractId());
                continue;
            }
            cardIds.add(card.id());
            if (sharesContractQueue.test(card)) {
                contractIds.add(card.contractId());
            }
        }
        ledger.lockAhead(cardIds, contractIds);
    }

    Optional<Card> cardOf(PurseRef purse) {
        return purse.card() == null ? Optional.empty() : cards.find(purse.card());
    }

    /** A purse named by a card needs a card that exists and is not closed or replaced. */
    Optional<Outcome> refuseUnknownCard(PurseRef purse, Optional<Card> card) {
        if (purse.card() == null) {
            return Optional.empty();
        }
        if (card.isEmpty()) {
            return Optional.of(Outcome.declined(DeclineCode.CARD_UNKNOWN, "No card " + purse.card()));
        }
        return card.get().refusalToMoveMoney().map(Outcome::declined);
    }

    Account resolve(PurseRef ref, Optional<Card> named) {
        return resolve(ref, named, LockModeType.NONE);
    }

    Account resolve(PurseRef ref, Optional<Card> named, LockModeType lock) {
        if (ref.card() != null) {
            Card card = named.orElseThrow(() -> new InvalidOperationException(
                    InvalidOperationException.Code.PURSE_UNKNOWN, "No card " + ref.card()));
            Contract contract = contractOf(card);
            if (contract.drawsOnContractAccount() && ref.purpose() == AccountPurpose.MAIN) {
                return ledger.purse(contract.id(), null, AccountPurpose.MAIN, ref.currency(), lock).orElseThrow(() ->
                        new InvalidOperationException(InvalidOperationException.Code.PURSE_UNKNOWN,
                                "Contract " + contract.number() + " has no account in " + ref.currency()));
            }
            return ledger.purse(card.contractId(), card.id(), ref.purpose(), ref.currency(), lock).orElseThrow(() ->
                    new InvalidOperationException(InvalidOperationException.Code.PURSE_UNKNOWN,
                            "Card " + card.panMasked() + " has no " + ref.purpose() + " purse in " + ref.currency()));
        }
        boolean byPhone = ref.contractNumber().startsWith("phone:");
        Contract contract = em.createQuery(byPhone ? "SELECT c FROM Contract c WHERE c.holderPhone = :value"
                        : "SELECT c FROM Contract c WHERE c.number = :value", Contract.class)
                .setParameter("value", byPhone ? ref.contractNumber().substring("phone:".length()) : ref.contractNumber())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidOperationException(InvalidOperationException.Code.CONTRACT_UNKNOWN,
                        byPhone ? "No wallet for " + ref.contractNumber().substring("phone:".length())
                                : "No contract " + ref.contractNumber()));
        return ledger.purse(contract.id(), null, ref.purpose(), ref.currency(), lock).orElseThrow(() ->
                new InvalidOperationException(InvalidOperationException.Code.PURSE_UNKNOWN,
                        "Contract " + contract.number() + " has no " + ref.purpose() + " account in " + ref.currency()));
    }

    Account purse(long contractId, Long cardId, AccountPurpose purpose, Currency currency) {
        return purseIfAny(contractId, cardId, purpose, currency).orElseThrow(() -> new IllegalStateException(
                "Contract " + contractId + (cardId == null ? "" : ", card " + cardId) + " has no " + purpose + " " + currency + " account"));
    }

    Optional<Account> purseIfAny(long contractId, Long cardId, AccountPurpose purpose, Currency currency) {
        return ledger.purse(contractId, cardId, purpose, currency, LockModeType.NONE);
    }

    /** People move only their own money, a company's people only with the right to; the back office and the system any. */
    void requireCallerMayUse(Account account) {
        if (account.cardId() != null) {
            access.requireRight(account.cardId(), CompanyRight.MOVE_MONEY);
        } else {
            access.requireContract(account.contractId());
            if (!access.holdsContractRight(account.contractId(), CompanyRight.MOVE_MONEY)) {
                throw new RightMissingException(CompanyRight.MOVE_MONEY);
            }
        }
    }

    Contract contractOf(Card card) {
        return em.find(Contract.class, card.contractId());
    }

    /** The time zone of a contract, for the ledger's period checks. */
    ZoneId zoneOf(long contractId) {
        return em.find(Contract.class, contractId).timeZone();
    }

    /** What a movement on one purse records about itself: its card and contract, and the amount or volume. */
    static OperationFacts factsOf(Account account, Amount amount) {
        return new OperationFacts(account.cardId(), account.contractId(), null, null, null, null,
                amount.currency() == Currency.LITRE ? 0 : amount.minorUnits(),
                amount.currency() == Currency.LITRE ? amount.minorUnits() : 0);
    }
}
