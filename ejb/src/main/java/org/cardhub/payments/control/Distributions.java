package org.cardhub.payments.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardRefusal;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.Distribution;
import org.cardhub.payments.entity.Distribution.Direction;
import org.cardhub.payments.entity.Distribution.Leg;
import org.cardhub.payments.entity.DistributionRefusedException;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Recorded;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.cardhub.payments.control.Purses.factsOf;

/**
 * Moves money or litres between a contract's own account and a selection of its cards in one transaction: one
 * transfer entry per card, all booked or none. Whatever the rules refuse — a card not the contract's (as unknown),
 * a card that may not take part, a purse short of money — is a {@link DistributionRefusedException} or another
 * refusal, which rolls back the legs already booked; so unlike a single transfer, a refused distribution leaves no
 * outcome under its key, and the same request may be sent again once put right. Called only by
 * {@link org.cardhub.payments.boundary.Payments}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Distributions {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @Inject
    OperationRecords records;

    @Inject
    Purses purses;

    @Inject
    CardDirectory cards;

    @EJB
    ObjectAccess access;

    private final Clock clock = Clock.systemUTC();

    public Recorded distribute(OperationKey key, Distribution distribution, String source) {
        access.requireContract(distribution.contractId());
        Contract contract = Optional.ofNullable(em.find(Contract.class, distribution.contractId()))
                .orElseThrow(() -> new AccessDeniedException("contract", distribution.contractId()));
        Account account = ledger.purse(contract.id(), null, AccountPurpose.MAIN, distribution.currency(), LockModeType.NONE)
                .orElseThrow(() -> new InvalidOperationException(InvalidOperationException.Code.PURSE_UNKNOWN,
                        "Contract " + contract.number() + " has no account in " + distribution.currency()));
        purses.requireCallerMayUse(account);
        contract.requireDistributed();
        // Every move of this account waits here for the one before to end, so a request sent twice at once finds the
        // first one's record when its turn comes instead of failing for the money the first one moved.
        ledger.lock(List.of(account.id()));
        Recorded recorded = records.once(key, Fingerprint.of("distribution", distribution.fingerprint()),
                () -> distributeNow(contract, account, distribution, source));
        if (!recorded.outcome().isApproved()) {
            // a refused distribution records nothing, so the only declined answer is the key's use for other content
            throw new InvalidOperationException(InvalidOperationException.Code.IDEMPOTENCY_CONFLICT, recorded.outcome().message());
        }
        return recorded;
    }

    private Outcome distributeNow(Contract contract, Account contractAccount, Distribution distribution, String source) {
        contract.refusalOfUse().ifPresent(inactive -> {
            throw DistributionRefusedException.contractInactive(contract.number(), inactive.explanation());
        });
        Map<Long, Card> legCards = new LinkedHashMap<>();
        Map<Long, Account> legPurses = new LinkedHashMap<>();
        LocalDate today = Instant.now(clock).atZone(contract.timeZone()).toLocalDate();
        for (Leg leg : distribution.legs()) {
            Card card = cards.find(CardRef.id(leg.cardId())).filter(found -> found.contractId() == contract.id())
                    .orElseThrow(() -> new AccessDeniedException("card", leg.cardId()));
            Account purse = ledger.purse(contract.id(), card.id(), AccountPurpose.MAIN, distribution.currency(), LockModeType.NONE)
                    .orElseThrow(() -> new InvalidOperationException(InvalidOperationException.Code.PURSE_UNKNOWN,
                            "Card " + card.panMasked() + " has no purse in " + distribution.currency()));
            purses.requireCallerMayUse(purse);
            // money goes only to a card that may spend it; it may be taken back from a blocked one too
            Optional<CardRefusal> refusal = distribution.direction() == Direction.TO_CARDS ? card.refusalToPay(today)
                    : card.refusalToMoveMoney();
            refusal.ifPresent(why -> {
                throw DistributionRefusedException.cardNotUsable(card.id(), card.panMasked(), why.explanation());
            });
            legCards.put(leg.cardId(), card);
            legPurses.put(leg.cardId(), purse);
        }
        Set<Long> toLock = new TreeSet<>(List.of(contractAccount.id()));
        legPurses.values().forEach(purse -> toLock.add(purse.id()));
        Map<Long, Account> locked = ledger.lock(toLock);
        Account pot = locked.get(contractAccount.id());
        requireFunds(contract, distribution, pot, legCards, leg -> locked.get(legPurses.get(leg.cardId()).id()));
        Instant now = Instant.now(clock);
        String actor = audit.actor(source);
        Long firstEntry = null;
        for (Leg leg : distribution.legs()) {
            Account purse = locked.get(legPurses.get(leg.cardId()).id());
            Account debit = distribution.direction() == Direction.TO_CARDS ? pot : purse;
            Account credit = distribution.direction() == Direction.TO_CARDS ? purse : pot;
            JournalEntry entry = ledger.book(new JournalEntry(EntryKind.TRANSFER, now, factsOf(debit, leg.amount()),
                    distribution.reason(), actor).move(debit, credit, leg.amount()), purses::zoneOf);
            firstEntry = firstEntry == null ? entry.id() : firstEntry;
            audit.record(actor, "purse.distribute", AuditSubject.ACCOUNT, debit.id(), leg.amount().toPlainString() + " "
                    + leg.amount().currency() + " to account " + credit.id() + ": " + distribution.reason());
        }
        return Outcomes.approved(firstEntry, null, distribution.total(), Amount.zero(Currency.LITRE), pot);
    }

    /** Checked on the locked purses before anything is booked, so a refusal names the first purse short of money. */
    private static void requireFunds(Contract contract, Distribution distribution, Account pot, Map<Long, Card> legCards,
                                     Function<Leg, Account> purseOf) {
        if (distribution.direction() == Direction.TO_CARDS) {
            if (!pot.canCover(distribution.total())) {
                throw DistributionRefusedException.insufficient(null, contract.number(), pot.available(), distribution.total());
            }
            return;
        }
        for (Leg leg : distribution.legs()) {
            Account purse = purseOf.apply(leg);
            if (!purse.canCover(leg.amount())) {
                Card card = legCards.get(leg.cardId());
                throw DistributionRefusedException.insufficient(card.id(), card.panMasked(), purse.available(), leg.amount());
            }
        }
    }
}
