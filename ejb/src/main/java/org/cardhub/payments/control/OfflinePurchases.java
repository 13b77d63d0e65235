package org.cardhub.payments.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.DiscountedPrice;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.OfflineReview;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Spend;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.cardhub.payments.control.Outcomes.approved;
import static org.cardhub.payments.control.Outcomes.insufficient;

/**
 * Purchases a terminal approved without us, posted or declined and either way kept for review; run by
 * {@link Spending#purchase} within its idempotent, transactional work.
 */
@Dependent
public class OfflinePurchases {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @Inject
    CardDirectory cards;

    @Inject
    Purses purses;

    @Inject
    Prices prices;

    @Inject
    @ConfigProperty(name = "cardhub.offline.floor-limit", defaultValue = "1000.00")
    String offlineFloorLimit;

    private final Clock clock = Clock.systemUTC();

    /**
     * An event the terminal already approved without us: posted as decided when it is within the offline
     * floor limit and the money is there, whatever the card's limits or state now say; declined otherwise.
     * Either way it is kept for review. Like an online one, it pays its price less the tariff's discount of today.
     */
    Outcome spend(OperationKey key, Spend spend, String source) {
        Optional<Card> found = cards.find(spend.card());
        Instant now = Instant.now(clock);
        if (found.isEmpty()) {
            return review(key, null, null, spend.amount(), Outcome.declined(DeclineCode.CARD_UNKNOWN, "No card " + spend.card()), now);
        }
        Card card = found.get();
        Contract contract = purses.contractOf(card);
        DiscountedPrice priced = prices.of(contract, spend, now);
        Amount amount = priced.amount();
        Amount floor = Amount.parse(offlineFloorLimit, Currency.RUB);
        if (amount.isGreaterThan(floor)) {
            return review(key, card, null, amount, Outcome.declined(DeclineCode.OFFLINE_FLOOR_EXCEEDED,
                    "Offline purchases are accepted up to " + floor.toPlainString() + " RUB"), now);
        }
        List<Account> accounts = purses.spendingAccounts(card, contract, spend.category());
        Map<Long, Account> locked = ledger.lock(accounts.stream().map(Account::id).toList());
        Account debit = accounts.stream().map(purse -> locked.get(purse.id())).filter(purse -> purse.canCover(amount))
                .findFirst().orElse(null);
        if (debit == null) {
            return review(key, card, null, amount, insufficient(locked.get(accounts.get(0).id()), amount), now);
        }
        String actor = audit.actor(source);
        // the sale happened when the terminal made it: booked then, unless that month has been closed meanwhile
        JournalEntry entry = ledger.bookLate(new JournalEntry(EntryKind.PURCHASE, spend.occurredAt(),
                Prices.factsOf(card.id(), contract.id(), spend, priced), OperationTexts.describe(spend) + " (offline)", actor)
                .move(debit, ledger.system(SystemAccount.MERCHANT_PAYABLE), amount), now, purses::zoneOf);
        audit.record(actor, "card.purchase-offline", AuditSubject.CARD, card.id(), OperationTexts.spendDetail(spend, priced));
        return review(key, card, entry.id(), amount, approved(entry.id(), null, amount, spend.volume(), debit), now);
    }

    private Outcome review(OperationKey key, Card card, Long entryId, Amount amount, Outcome outcome, Instant now) {
        String reason = outcome.isApproved() ? "Posted as decided offline by the terminal"
                : "Not posted: " + outcome.message();
        em.persist(new OfflineReview(key, card == null ? null : card.id(), entryId, amount.minorUnits(),
                outcome.status() + "/" + outcome.code(), reason, now));
        return outcome;
    }
}
