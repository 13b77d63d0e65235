package org.cardhub.payments.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.DiscountedPrice;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.Hold;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.limits.boundary.LimitChecks;
import org.cardhub.limits.entity.Attempt;
import org.cardhub.limits.entity.CardRules;
import org.cardhub.limits.entity.Decline;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PupilPurchasePosted;
import org.cardhub.payments.entity.PurchaseItem;
import org.cardhub.payments.entity.Spend;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.cardhub.payments.control.Outcomes.approved;
import static org.cardhub.payments.control.Outcomes.insufficient;

/**
 * Purchases and authorisations by card, each in one transaction: claims the key, prices the spend with the
 * contract's tariff discount ({@link Prices}), checks card, contract, limits, wallet turnover and funds on the amount
 * paid, locks the card's purses in id order, posts or holds, refills
 * automatically and tells a pupil's guardians; plus the same checks as a dry run. Offline purchases go to
 * {@link OfflinePurchases}. Called only by {@link org.cardhub.payments.boundary.Payments}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Spending {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    LimitChecks limits;

    @EJB
    AuditLog audit;

    @Inject
    Event<PupilPurchasePosted> pupilPurchases;

    @Inject
    CardDirectory cards;

    @Inject
    OperationRecords records;

    @Inject
    Purses purses;

    @Inject
    Wallets wallets;

    @Inject
    AutoTopUps autoTopUps;

    @Inject
    OfflinePurchases offline;

    @Inject
    Prices prices;

    @Inject
    @ConfigProperty(name = "cardhub.holds.ttl-minutes", defaultValue = "30")
    long holdTtlMinutes;

    private final Clock clock = Clock.systemUTC();

    public Outcome purchase(OperationKey key, Spend spend, String source) {
        return records.idempotent(key, Fingerprint.of("purchase", spend.fingerprint()),
                () -> spend.offline() ? offline.spend(key, spend, source) : spend(spend, source, false));
    }

    public Outcome authorise(OperationKey key, Spend spend, String source) {
        return records.idempotent(key, Fingerprint.of("authorise", spend.fingerprint()), () -> spend(spend, source, true));
    }

    /** Whether a spend would pass card, contract and limit checks now; posts nothing, keeps no key. */
    public Outcome check(Spend spend) {
        Optional<Card> found = cards.find(spend.card());
        if (found.isEmpty()) {
            return Outcome.declined(DeclineCode.CARD_UNKNOWN, "No card " + spend.card());
        }
        Card card = found.get();
        Contract contract = purses.contractOf(card);
        Optional<Outcome> refused = refuseUnusable(card, contract);
        if (refused.isPresent()) {
            return refused.get();
        }
        Instant now = Instant.now(clock);
        Amount amount = prices.of(contract, spend, now).amount();
        Optional<Decline> declined = limits.check(card, contract.timeZone(), attemptOf(spend, amount, now),
                limits.applyingTo(card));
        if (declined.isPresent()) {
            return Outcome.declined(declined.get());
        }
        List<Account> accounts = purses.spendingAccounts(card, contract, spend.category());
        Account debit = accounts.stream().filter(purse -> purse.canCover(amount)).findFirst().orElse(accounts.get(0));
        if (!debit.canCover(amount)) {
            return insufficient(debit, amount);
        }
        return Outcome.spendWouldBeApproved(amount, spend.volume(), debit.available());
    }

    private Outcome spend(Spend spend, String source, boolean asHold) {
        Instant now = Instant.now(clock);
        Optional<Card> found = cards.find(spend.card());
        if (found.isEmpty()) {
            return Outcome.declined(DeclineCode.CARD_UNKNOWN, "No card " + spend.card());
        }
        Card card = found.get();
        Contract contract = purses.contractOf(card);
        Optional<Outcome> refused = refuseUnusable(card, contract);
        if (refused.isPresent()) {
            return refused.get();
        }
        DiscountedPrice priced = prices.of(contract, spend, now);
        Amount amount = priced.amount();
        List<Account> accounts = purses.spendingAccounts(card, contract, spend.category());
        Set<Long> toLock = new TreeSet<>(accounts.stream().map(Account::id).toList());
        // a card's own purses are locked together, so all its spending queues on them and its limits hold;
        // contract-wide limits make the contract account part of the queue too
        CardRules applying = limits.applyingTo(card);
        if (!contract.drawsOnContractAccount() && applying.hasContractWideLimit()) {
            purses.purseIfAny(contract.id(), null, AccountPurpose.MAIN, Currency.RUB).ifPresent(a -> toLock.add(a.id()));
        }
        for (Account purse : accounts) {
            autoTopUps.ruleOf(purse).ifPresent(rule -> toLock.add(rule.sourceAccountId()));
        }
        Map<Long, Account> locked = ledger.lock(toLock);
        // the first purse that can pay: a school card's canteen purse, then its general one
        Account debit = accounts.stream().map(purse -> locked.get(purse.id()))
                .filter(purse -> purse.canCover(amount)).findFirst()
                .orElse(locked.get(accounts.get(0).id()));

        Optional<Decline> declined = limits.check(card, contract.timeZone(), attemptOf(spend, amount, now), applying);
        if (declined.isPresent()) {
            return Outcome.declined(declined.get());
        }
        Optional<Outcome> capped = wallets.refuseOverTurnover(contract, amount, now);
        if (capped.isPresent()) {
            return capped.get();
        }
        if (!debit.canCover(amount)) {
            return insufficient(debit, amount);
        }
        String actor = audit.actor(source);
        OperationFacts facts = Prices.factsOf(card.id(), contract.id(), spend, priced);
        Long entryId = null;
        Long holdId = null;
        if (asHold) {
            holdId = ledger.place(new Hold(debit, card.id(), amount, facts, now,
                    now.plus(Duration.ofMinutes(holdTtlMinutes)))).id();
        } else {
            JournalEntry entry = new JournalEntry(EntryKind.PURCHASE, now, facts, OperationTexts.describe(spend), actor)
                    .move(debit, ledger.system(SystemAccount.MERCHANT_PAYABLE), amount);
            entryId = ledger.book(entry, purses::zoneOf).id();
            for (int line = 0; line < spend.items().size(); line++) {
                em.persist(new PurchaseItem(entryId, line + 1, spend.items().get(line)));
            }
            autoTopUps.refill(debit, locked, actor, now);
            if (card.holderKind() == HolderKind.PUPIL) {
                notifyGuardians(card, entryId, spend, debit);
            }
        }
        audit.record(actor, asHold ? "card.authorise" : "card.purchase", AuditSubject.CARD, card.id(),
                OperationTexts.spendDetail(spend, priced));
        return approved(entryId, holdId, amount, spend.volume(), debit);
    }

    /**
     * Parents hear about each purchase dish by dish, with the balance left: whoever tells them observes the event
     * in this transaction, so the message commits with the purchase.
     */
    private void notifyGuardians(Card card, long entryId, Spend spend, Account debit) {
        String body = OperationTexts.guardianBody(card, spend, debit);
        pupilPurchases.fire(new PupilPurchasePosted(card.id(), entryId, OperationTexts.guardianSubject(card, spend), body));
    }

    /** The card first (its state, then its expiry in the contract's time zone), then the contract. */
    private Optional<Outcome> refuseUnusable(Card card, Contract contract) {
        LocalDate today = LocalDate.now(clock.withZone(contract.timeZone()));
        return card.refusalToPay(today).map(Outcome::declined)
                .or(() -> contract.refusalOfUse().map(Outcome::declined));
    }

    private static Attempt attemptOf(Spend spend, Amount amount, Instant now) {
        return new Attempt(amount.minorUnits(), spend.volume().minorUnits(), spend.productCode(),
                spend.category(), spend.station(), spend.region(), now);
    }
}
