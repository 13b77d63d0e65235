package org.cardhub.payments.control;

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
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.IdempotencyRecord;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurchaseItem;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.cardhub.payments.control.Outcomes.approved;
import static org.cardhub.payments.control.Outcomes.insufficient;

/**
 * A purchase for a card paid from another purse of the card's own contract — a free school meal paid from the school's
 * meal budget — in one transaction: a purchase entry of the card, dish by dish, whose money leaves the paying purse
 * and never the card's. A refusal for funds is not kept under the key, unlike other refusals: once the purse is funded
 * the same purchase may go through. Called only by {@link org.cardhub.payments.boundary.Payments}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class SponsoredPurchases {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @Inject
    CardDirectory cards;

    @Inject
    OperationRecords records;

    @Inject
    Purses purses;

    private final Clock clock = Clock.systemUTC();

    public Outcome purchase(OperationKey key, PurseRef payer, CardRef beneficiary, List<Spend.Item> items, String category,
                            String description, String source) {
        if (payer.card() != null || items.isEmpty()) {
            throw new InvalidOperationException(InvalidOperationException.Code.ITEM_INVALID,
                    "A sponsored purchase is paid from a contract's purse and names what was bought");
        }
        Amount total = Amount.ofMinorUnits(items.stream()
                .mapToLong(item -> Math.multiplyExact(item.price().minorUnits(), item.quantity())).sum(), Currency.RUB);
        String content = payer.fingerprint() + "|" + beneficiary.kind() + ":" + beneficiary.value() + "|" + category + "|"
                + items.stream().map(item -> item.name() + "*" + item.quantity() + "@" + item.price().minorUnits())
                .collect(Collectors.joining(","));
        String hash = Fingerprint.of("sponsored-purchase", content);
        Optional<IdempotencyRecord> earlier = Optional.ofNullable(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(key)));
        if (earlier.isPresent()) {
            return records.once(key, hash, earlier, () -> null).outcome();
        }
        Optional<Card> card = cards.find(beneficiary);
        if (card.isEmpty()) {
            return Outcome.declined(DeclineCode.CARD_UNKNOWN, "No card " + beneficiary);
        }
        Account paying = purses.resolve(payer, Optional.empty());
        if (!paying.contractId().equals(card.get().contractId())) {
            throw new InvalidOperationException(InvalidOperationException.Code.PURSE_UNKNOWN,
                    "A contract pays only for its own cards");
        }
        Account locked = ledger.lock(List.of(paying.id())).get(paying.id());
        if (!total.isPositive() || !locked.canCover(total)) {
            return insufficient(locked, total);
        }
        return records.once(key, hash, Optional.empty(), () -> post(locked, card.get(), total, items, category, description,
                source)).outcome();
    }

    private Outcome post(Account paying, Card card, Amount total, List<Spend.Item> items, String category, String description,
                         String source) {
        String actor = audit.actor(source);
        JournalEntry entry = new JournalEntry(EntryKind.PURCHASE, Instant.now(clock), new OperationFacts(card.id(),
                paying.contractId(), null, category, null, null, total.minorUnits(), 0), description, actor)
                .move(paying, ledger.system(SystemAccount.MERCHANT_PAYABLE), total);
        long entryId = ledger.book(entry, purses::zoneOf).id();
        for (int line = 0; line < items.size(); line++) {
            em.persist(new PurchaseItem(entryId, line + 1, items.get(line)));
        }
        audit.record(actor, "card.sponsored-purchase", AuditSubject.CARD, card.id(), total.toPlainString() + " RUB " + category
                + " paid by account " + paying.id());
        return approved(entryId, null, total, Amount.zero(Currency.LITRE), paying);
    }
}
