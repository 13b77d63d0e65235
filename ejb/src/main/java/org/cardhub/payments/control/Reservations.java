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
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.Hold;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PupilPurchasePosted;
import org.cardhub.payments.entity.PurchaseItem;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Reservation;
import org.cardhub.payments.entity.Spend;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.cardhub.payments.control.Outcomes.approved;
import static org.cardhub.payments.control.Outcomes.insufficient;

/**
 * Reservations, each in one transaction: money held on exactly the purse named (never another one that could pay), an
 * earlier reservation it replaces released in the same transaction, refused for funds when the purse cannot cover it
 * even with that one released; and the settlement of a reservation as a purchase of its items, booked when the sale
 * happens, the rest of the hold released. Limits are not asked: whoever reserves (a parent ordering a child's meal) is
 * the one who sets them. Called only by {@link org.cardhub.payments.boundary.Payments}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Reservations {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

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

    private final Clock clock = Clock.systemUTC();

    public Outcome reserve(OperationKey key, Reservation reservation, String source) {
        return reserve(key, reservation, source, true);
    }

    /**
     * As {@link #reserve(OperationKey, Reservation, String)}; {@code askCaller} false when the component asking has
     * checked the caller's right to the pupil itself (a teacher's group meal for their class), so the card's own
     * question — may the caller move this purse's money — is not asked.
     */
    public Outcome reserve(OperationKey key, Reservation reservation, String source, boolean askCaller) {
        return records.idempotent(key, Fingerprint.of("reserve", reservation.fingerprint()),
                () -> reserveNow(reservation, source, askCaller));
    }

    public Outcome settle(OperationKey key, OperationKey reservation, List<Spend.Item> items, String description,
                          String source) {
        String content = reservation.scope() + "|" + reservation.key() + "|" + items.stream()
                .map(item -> item.name() + "*" + item.quantity() + "@" + item.price().minorUnits() + ":" + item.category())
                .collect(Collectors.joining(","));
        return records.idempotent(key, Fingerprint.of("settle", content), () -> settleNow(reservation, items, description, source));
    }

    private Outcome reserveNow(Reservation reservation, String source, boolean askCaller) {
        Optional<Card> found = cards.find(reservation.card());
        if (found.isEmpty()) {
            return Outcome.declined(DeclineCode.CARD_UNKNOWN, "No card " + reservation.card());
        }
        Card card = found.get();
        Contract contract = purses.contractOf(card);
        Optional<Outcome> refused = card.refusalToPay(LocalDate.now(clock.withZone(contract.timeZone())))
                .map(Outcome::declined).or(() -> contract.refusalOfUse().map(Outcome::declined));
        if (refused.isPresent()) {
            return refused.get();
        }
        Account purse = purses.resolve(new PurseRef(reservation.card(), null, reservation.purpose(), Currency.RUB), found);
        if (askCaller) {
            purses.requireCallerMayUse(purse);
        }
        Optional<Hold> replaced = Optional.empty();
        if (reservation.replaces() != null) {
            replaced = records.recordedOutcome(reservation.replaces()).filter(Outcome::isApproved).map(Outcome::holdId)
                    .map(holdId -> em.find(Hold.class, holdId));
            if (replaced.isEmpty() || replaced.get().accountId() != purse.id()) {
                return Outcome.declined(DeclineCode.REFERENCE_UNKNOWN, "No reservation " + reservation.replaces().key()
                        + " on this purse");
            }
        }
        Account locked = ledger.lock(List.of(purse.id())).get(purse.id());
        Optional<Hold> released = replaced.flatMap(hold -> ledger.lockHold(hold.id())).filter(Hold::isOpen);
        long freed = released.map(Hold::amountMinor).orElse(0L);
        if (locked.available().plus(Amount.ofMinorUnits(freed, Currency.RUB)).isLessThan(reservation.amount())) {
            return insufficient(locked, reservation.amount());
        }
        released.ifPresent(hold -> hold.release(locked));
        OperationFacts facts = new OperationFacts(card.id(), contract.id(), null, reservation.category(), null, null,
                reservation.amount().minorUnits(), 0);
        Hold hold = ledger.place(new Hold(locked, card.id(), reservation.amount(), facts, reservation.saleAt(),
                reservation.expiresAt()));
        audit.record(audit.actor(source), "card.reserve", AuditSubject.CARD, card.id(), reservation.amount().toPlainString()
                + " RUB on " + reservation.purpose() + " for " + reservation.saleAt()
                + released.map(old -> ", replacing hold " + old.id()).orElse(""));
        return approved(null, hold.id(), reservation.amount(), Amount.zero(Currency.LITRE), locked);
    }

    private Outcome settleNow(OperationKey reservation, List<Spend.Item> items, String description, String source) {
        Optional<Long> holdId = records.recordedOutcome(reservation).filter(Outcome::isApproved).map(Outcome::holdId);
        if (holdId.isEmpty()) {
            return Outcome.declined(DeclineCode.REFERENCE_UNKNOWN, "No reservation " + reservation.key());
        }
        Hold hold = em.find(Hold.class, holdId.get());
        Account account = ledger.lock(List.of(hold.accountId())).get(hold.accountId());
        hold = ledger.lockHold(hold.id()).orElseThrow();
        if (!hold.isOpen()) {
            return Outcome.declined(DeclineCode.REFERENCE_UNKNOWN, "Reservation " + reservation.key() + " is "
                    + hold.status().name().toLowerCase());
        }
        Amount total = Amount.ofMinorUnits(items.stream()
                .mapToLong(item -> Math.multiplyExact(item.price().minorUnits(), item.quantity())).sum(), Currency.RUB);
        if (!hold.covers(total)) {
            return Outcome.declined(DeclineCode.EXCEEDS_AUTHORISATION, "Settlement of " + total.toPlainString()
                    + " exceeds the reserved " + Amount.ofMinorUnits(hold.amountMinor(), Currency.RUB).toPlainString());
        }
        Card card = em.find(Card.class, hold.cardId());
        String actor = audit.actor(source);
        Long entryId = null;
        if (total.isPositive()) {
            Account payable = ledger.system(SystemAccount.MERCHANT_PAYABLE); // read first: a query would flush the new entry
            JournalEntry entry = new JournalEntry(EntryKind.PURCHASE, Instant.now(clock), new OperationFacts(card.id(),
                    account.contractId(), null, hold.category(), null, null, total.minorUnits(), 0), description, actor);
            // as in a completion: the hold is released before the sale is posted, and no query runs until it is booked
            hold.complete(account, entry);
            entry.move(account, payable, total);
            entryId = ledger.book(entry, purses::zoneOf).id();
            for (int line = 0; line < items.size(); line++) {
                em.persist(new PurchaseItem(entryId, line + 1, items.get(line)));
            }
            if (card.holderKind() == HolderKind.PUPIL) {
                Spend sale = new Spend(CardRef.id(card.id()), total, null, null, hold.category(),
                        null, null, Instant.now(clock), items);
                pupilPurchases.fire(new PupilPurchasePosted(card.id(), entryId, OperationTexts.guardianSubject(card, sale),
                        OperationTexts.guardianBody(card, sale, account)));
            }
        } else {
            hold.complete(account, null);
        }
        audit.record(actor, "card.settle", AuditSubject.CARD, card.id(), total.toPlainString() + " RUB of hold " + hold.id());
        return approved(entryId, hold.id(), total, Amount.zero(Currency.LITRE), account);
    }
}
