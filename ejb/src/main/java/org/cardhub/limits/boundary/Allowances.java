package org.cardhub.limits.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.limits.control.UsageQuery;
import org.cardhub.limits.entity.Allowance;
import org.cardhub.limits.entity.LimitDraft;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.limits.entity.Usage;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a card can still spend today, under its limits as they are or as a change would make them, before the change
 * is saved: today's usage of each limit read from the ledger (the day, week and month of the contract's time zone) and
 * the balance the card draws on. Reads only; whoever sees the card may ask (a parent their children's, a pupil their own).
 */
@Stateless
@RolesAllowed({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT, Role.Names.PUPIL})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Allowances {

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    LimitChecks checks;

    @EJB
    Ledger ledger;

    @Inject
    UsageQuery usage;

    private final Clock clock = Clock.systemUTC();

    /** Under the card's limits with {@code draft} made ({@link LimitDraft#NONE} for as they are). */
    public Allowance today(long cardId, LimitDraft asked) {
        LimitDraft draft = asked == null ? LimitDraft.NONE : asked;
        access.requireCard(cardId);
        Card card = em.find(Card.class, cardId);
        if (card == null) {
            throw new AccessDeniedException("card", cardId);
        }
        Contract contract = em.find(Contract.class, card.contractId());
        Instant now = Instant.now(clock);
        ZoneId zone = contract.timeZone();
        List<Allowance.Counted> counted = new ArrayList<>();
        for (SpendingLimit limit : checks.applyingTo(card).limits()) {
            if (!Objects.equals(limit.id(), draft.replaces())) {
                counted.add(Allowance.Counted.of(limit, usedNow(limit, now, zone)));
            }
        }
        if (draft.rule() != null) {
            SpendingLimit proposed = new SpendingLimit(card.contractId(), draft.ofContract() ? null : cardId, draft.rule(), now);
            counted.add(Allowance.Counted.of(draft.rule(), draft.ofContract(), usedNow(proposed, now, zone)));
        }
        return Allowance.of(balanceOf(card, contract), counted);
    }

    private Usage usedNow(SpendingLimit limit, Instant now, ZoneId zone) {
        return limit.windowAt(now, zone).map(window -> usage.usedBy(limit, window)).orElse(Usage.none());
    }

    /** The card's own purse, or the contract's account on a pooled contract; null when it has none. */
    private Amount balanceOf(Card card, Contract contract) {
        List<Account> accounts = contract.drawsOnContractAccount()
                ? ledger.accountsOfContract(contract.id()).stream().filter(account -> account.cardId() == null).toList()
                : ledger.accountsOfCard(card.id());
        return accounts.stream().filter(account -> account.purpose() == AccountPurpose.MAIN
                        && account.currency() == Currency.RUB).findFirst().map(Account::available).orElse(null);
    }
}
