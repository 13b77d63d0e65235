package org.cardhub.payments.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.cardhub.access.boundary.Access;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.WalletCaps;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.Hold;
import org.cardhub.ledger.entity.HoldStatus;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.Posting;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.notifications.boundary.Notifications;
import org.cardhub.notifications.entity.NotificationPreference;
import org.cardhub.limits.entity.Attempt;
import org.cardhub.limits.entity.Decline;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.PeriodWindow;
import org.cardhub.limits.entity.CardRules;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.payments.control.Fingerprint;
import org.cardhub.payments.control.OutcomeCodec;
import org.cardhub.payments.entity.AutoTopUpRule;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.IdempotencyRecord;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.OfflineReview;
import org.cardhub.payments.entity.PurchaseItem;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Recorded;
import org.cardhub.payments.entity.Spend;
import org.cardhub.payments.entity.TopUpChannel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Carries out one money operation in one transaction: claims its idempotency key, locks the accounts it
 * touches in id order, checks card, contract, limits and funds, posts, and stores the outcome under the
 * key. {@link Payments} calls it and retries when a concurrent duplicate or a lock conflict lost.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class PaymentProcessor {

    private static final Set<String> CANTEEN_CATEGORIES = Set.of("HOT_MEAL", "BUFFET", "MEAL", "DRINK");
    private static final SecureRandom AUTH_CODES = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    Limits limits;

    @EJB
    AuditLog audit;

    @EJB
    Access access;

    @EJB
    Notifications notifications;

    @Inject
    CardDirectory cards;

    @Inject
    @ConfigProperty(name = "cardhub.holds.ttl-minutes", defaultValue = "30")
    long holdTtlMinutes;

    @Inject
    @ConfigProperty(name = "cardhub.offline.floor-limit", defaultValue = "1000.00")
    String offlineFloorLimit;

    private final Clock clock = Clock.systemUTC();

    public Outcome purchase(OperationKey key, Spend spend, String source) {
        return idempotent(key, Fingerprint.of("purchase", spend.fingerprint()),
                () -> spend.offline() ? spendOffline(key, spend, source) : spend(spend, source, false));
    }

    public Outcome authorise(OperationKey key, Spend spend, String source) {
        return idempotent(key, Fingerprint.of("authorise", spend.fingerprint()), () -> spend(spend, source, true));
    }

    public Outcome complete(OperationKey key, OperationKey authorisation, Amount finalAmount, Amount finalVolume,
                            String source) {
        requireNonNegative(finalAmount, Currency.RUB);
        Amount volume = finalVolume == null ? Amount.zero(Currency.LITRE) : finalVolume;
        requireNonNegative(volume, Currency.LITRE);
        String content = authorisation.scope() + "|" + authorisation.key() + "|" + finalAmount.minorUnits() + "|"
                + volume.minorUnits();
        // one look-up finds both a repeated completion and the authorisation it completes
        List<IdempotencyRecord> found = records(key, authorisation);
        return once(key, Fingerprint.of("complete", content), recordOf(found, key),
                () -> completeHold(authorisation, recordOf(found, authorisation), finalAmount, volume, source)).outcome();
    }

    public Outcome reverse(OperationKey key, OperationKey original, String source) {
        return idempotent(key, Fingerprint.of("reverse", original.scope() + "|" + original.key()),
                () -> reverseOperation(original, source));
    }

    public Recorded topUp(OperationKey key, PurseRef target, Amount amount, TopUpChannel channel, String source) {
        return topUp(key, target, amount, channel, source, null);
    }

    /** A top-up whose audit record also keeps {@code note}; the note is not part of what a repeat must match. */
    public Recorded topUp(OperationKey key, PurseRef target, Amount amount, TopUpChannel channel, String source, String note) {
        requirePositive(amount);
        String content = target.fingerprint() + "|" + amount.minorUnits() + "|" + amount.currency() + "|" + channel;
        return once(key, Fingerprint.of("top-up", content), () -> topUpNow(target, amount, channel, source, note));
    }

    public Outcome transfer(OperationKey key, PurseRef from, PurseRef to, Amount amount, String source) {
        requirePositive(amount);
        String content = from.fingerprint() + "|" + to.fingerprint() + "|" + amount.minorUnits() + "|" + amount.currency();
        return idempotent(key, Fingerprint.of("transfer", content), () -> transferNow(from, to, amount, source));
    }

    public Outcome correct(OperationKey key, PurseRef purse, Amount amount, String reason, String source) {
        if (amount.isZero()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, "A correction of zero changes nothing");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidOperationException(InvalidOperationException.Code.REASON_REQUIRED,
                    "A correction needs a reason of 1 to 500 characters");
        }
        String content = purse.fingerprint() + "|" + amount.minorUnits() + "|" + amount.currency() + "|" + reason.strip();
        return idempotent(key, Fingerprint.of("correct", content), () -> correctNow(purse, amount, reason.strip(), source));
    }

    /** Whether a spend would pass card, contract and limit checks now; posts nothing, keeps no key. */
    public Outcome check(Spend spend) {
        Optional<Card> found = cards.find(spend.card());
        if (found.isEmpty()) {
            return Outcome.declined(DeclineCode.CARD_UNKNOWN.name(), "No card " + spend.card());
        }
        Card card = found.get();
        Contract contract = contractOf(card);
        Optional<Outcome> refused = refuseUnusable(card, contract);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Decline> declined = limits.check(card, contract.timeZone(), attemptOf(spend, Instant.now(clock)),
                limits.applyingTo(card));
        if (declined.isPresent()) {
            return Outcome.declined(declined.get().reason().name(), declined.get().explanation());
        }
        List<Account> purses = spendingAccounts(card, contract, spend.category());
        Account debit = purses.stream().filter(purse -> purse.canCover(spend.amount())).findFirst().orElse(purses.get(0));
        if (!debit.canCover(spend.amount())) {
            return insufficient(debit, spend.amount());
        }
        return new Outcome(Outcome.Status.APPROVED, Outcome.OK, "Would be approved", null, null, null,
                spend.amount().toPlainString(), spend.volume().toPlainString(), debit.available().toPlainString());
    }

    /** Whether a top-up would go through now, and which rule would refuse it; posts nothing, keeps no key. */
    public Outcome checkTopUp(PurseRef target, Amount amount, TopUpChannel channel) {
        requirePositive(amount);
        Credit credit = creditFor(target, amount, channel, LockModeType.NONE);
        return credit.refusal()
                .or(() -> refuseOverWalletCap(credit.contract(), credit.account(), amount))
                .orElseGet(() -> new Outcome(Outcome.Status.APPROVED, Outcome.OK, "Would be approved", null, null, null,
                        amount.toPlainString(), null, credit.account().balance().plus(amount).toPlainString()));
    }

    /** Sets (or replaces) the auto top-up rule of a purse: below {@code threshold}, refill to {@code target} from {@code source}. */
    public void setAutoTopUp(PurseRef purse, PurseRef source, Amount threshold, Amount target) {
        Account account = resolve(purse, cardOf(purse));
        Account from = resolve(source, cardOf(source));
        requireCallerMayUse(account);
        requireCallerMayUse(from);
        requireCurrency(account, threshold);
        requireCurrency(account, target);
        requireCurrency(from, target);
        // locked: spending may change the purse meanwhile, and two saves of its rule queue
        account = ledger.lock(List.of(account.id())).get(account.id());
        AutoTopUpRule existing = em.find(AutoTopUpRule.class, account.id());
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(new AutoTopUpRule(account.id(), from.id(), threshold, target));
        account.refillAutomatically();
        audit.record(audit.actor(null), "purse.auto-top-up-rule", "ACCOUNT", account.id(), "below "
                + threshold.toPlainString() + " refill to " + target.toPlainString() + " from account " + from.id());
    }

    /** Ends an authorisation that was neither completed nor reversed in time. */
    public void expire(long holdId) {
        Hold hold = em.find(Hold.class, holdId);
        if (hold == null || !hold.isOpen()) {
            return;
        }
        Account account = ledger.lock(List.of(hold.accountId())).get(hold.accountId());
        hold = ledger.lockHold(holdId).orElseThrow();
        if (hold.isOpen() && hold.expiresAt().isBefore(Instant.now(clock))) {
            hold.expire(account);
            audit.record(AuditLog.SYSTEM, "hold.expire", "CARD", hold.cardId(), "hold " + holdId + " expired");
        }
    }

    // ----- idempotency

    /**
     * Runs the work once per key. The outcome is stored with the work's own writes, in one statement at
     * the end: a concurrent duplicate that got past the look-up does its work too, but its insert of the
     * same key fails, its whole transaction rolls back, and {@link Payments} runs it again to find the
     * first outcome.
     */
    private Outcome idempotent(OperationKey key, String requestHash, Supplier<Outcome> work) {
        return once(key, requestHash, work).outcome();
    }

    private Recorded once(OperationKey key, String requestHash, Supplier<Outcome> work) {
        return once(key, requestHash, Optional.ofNullable(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(key))), work);
    }

    private Recorded once(OperationKey key, String requestHash, Optional<IdempotencyRecord> earlier, Supplier<Outcome> work) {
        if (earlier.isPresent()) {
            IdempotencyRecord existing = earlier.get();
            return new Recorded(existing.isFor(requestHash)
                    ? OutcomeCodec.read(existing.outcome())
                    : Outcome.declined(DeclineCode.DUPLICATE_CONFLICT.name(), "Key " + key.key() + " of " + key.scope()
                    + " was already used for a different operation"), true);
        }
        Outcome outcome = work.get();
        em.persist(new IdempotencyRecord(key, requestHash, OutcomeCodec.write(outcome), Instant.now(clock)));
        em.flush();
        return new Recorded(outcome, false);
    }

    // ----- spending

    /**
     * An event the terminal already approved without us: posted as decided when it is within the offline
     * floor limit and the money is there, whatever the card's limits or state now say; declined otherwise.
     * Either way it is kept for review.
     */
    private Outcome spendOffline(OperationKey key, Spend spend, String source) {
        Optional<Card> found = cards.find(spend.card());
        Instant now = Instant.now(clock);
        if (found.isEmpty()) {
            return review(key, null, null, spend, Outcome.declined(DeclineCode.CARD_UNKNOWN.name(), "No card " + spend.card()), now);
        }
        Card card = found.get();
        Amount floor = Amount.parse(offlineFloorLimit, Currency.RUB);
        if (spend.amount().isGreaterThan(floor)) {
            return review(key, card, null, spend, Outcome.declined(DeclineCode.OFFLINE_FLOOR_EXCEEDED.name(),
                    "Offline purchases are accepted up to " + floor.toPlainString() + " RUB"), now);
        }
        Contract contract = contractOf(card);
        List<Account> purses = spendingAccounts(card, contract, spend.category());
        Map<Long, Account> locked = ledger.lock(purses.stream().map(Account::id).toList());
        Account debit = purses.stream().map(purse -> locked.get(purse.id())).filter(purse -> purse.canCover(spend.amount()))
                .findFirst().orElse(null);
        if (debit == null) {
            return review(key, card, null, spend, insufficient(locked.get(purses.get(0).id()), spend.amount()), now);
        }
        String actor = audit.actor(source);
        OperationFacts facts = new OperationFacts(card.id(), contract.id(), spend.productCode(), spend.category(),
                spend.station(), spend.region(), spend.amount().minorUnits(), spend.volume().minorUnits());
        JournalEntry entry = ledger.book(new JournalEntry(EntryKind.PURCHASE, now, facts, describe(spend) + " (offline)", actor)
                .move(debit, ledger.system(SystemAccount.MERCHANT_PAYABLE), spend.amount()), this::zoneOf);
        audit.record(actor, "card.purchase-offline", "CARD", card.id(), spend.amount().toPlainString() + " RUB");
        return review(key, card, entry.id(), spend, approved(entry.id(), null, spend.amount(), spend.volume(), debit), now);
    }

    private Outcome review(OperationKey key, Card card, Long entryId, Spend spend, Outcome outcome, Instant now) {
        String reason = outcome.isApproved() ? "Posted as decided offline by the terminal"
                : "Not posted: " + outcome.message();
        em.persist(new OfflineReview(key, card == null ? null : card.id(), entryId, spend.amount().minorUnits(),
                outcome.status() + "/" + outcome.code(), reason, now));
        return outcome;
    }

    private Outcome spend(Spend spend, String source, boolean asHold) {
        Instant now = Instant.now(clock);
        Optional<Card> found = cards.find(spend.card());
        if (found.isEmpty()) {
            return Outcome.declined(DeclineCode.CARD_UNKNOWN.name(), "No card " + spend.card());
        }
        Card card = found.get();
        Contract contract = contractOf(card);
        Optional<Outcome> refused = refuseUnusable(card, contract);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Account> purses = spendingAccounts(card, contract, spend.category());
        Set<Long> toLock = new TreeSet<>(purses.stream().map(Account::id).toList());
        // a card's own purses are locked together, so all its spending queues on them and its limits hold;
        // contract-wide limits make the contract account part of the queue too
        CardRules applying = limits.applyingTo(card);
        if (!contract.drawsOnContractAccount() && applying.hasContractWideLimit()) {
            purseIfAny(contract.id(), null, AccountPurpose.MAIN, Currency.RUB).ifPresent(a -> toLock.add(a.id()));
        }
        for (Account purse : purses) {
            autoTopUpRuleOf(purse).ifPresent(rule -> toLock.add(rule.sourceAccountId()));
        }
        Map<Long, Account> locked = ledger.lock(toLock);
        // the first purse that can pay: a school card's canteen purse, then its general one
        Account debit = purses.stream().map(purse -> locked.get(purse.id()))
                .filter(purse -> purse.canCover(spend.amount())).findFirst()
                .orElse(locked.get(purses.get(0).id()));

        Optional<Decline> declined = limits.check(card, contract.timeZone(), attemptOf(spend, now), applying);
        if (declined.isPresent()) {
            return Outcome.declined(declined.get().reason().name(), declined.get().explanation());
        }
        if (contract.kind() == ContractKind.WALLET) {
            Optional<Outcome> capped = refuseOverTurnover(contract, spend.amount(), now);
            if (capped.isPresent()) {
                return capped.get();
            }
        }
        if (!debit.canCover(spend.amount())) {
            return insufficient(debit, spend.amount());
        }
        String actor = audit.actor(source);
        OperationFacts facts = new OperationFacts(card.id(), contract.id(), spend.productCode(), spend.category(),
                spend.station(), spend.region(), spend.amount().minorUnits(), spend.volume().minorUnits());
        Long entryId = null;
        Long holdId = null;
        if (asHold) {
            holdId = ledger.place(new Hold(debit, card.id(), spend.amount(), facts, now,
                    now.plus(Duration.ofMinutes(holdTtlMinutes)))).id();
        } else {
            JournalEntry entry = new JournalEntry(EntryKind.PURCHASE, now, facts, describe(spend), actor)
                    .move(debit, ledger.system(SystemAccount.MERCHANT_PAYABLE), spend.amount());
            entryId = ledger.book(entry, this::zoneOf).id();
            for (int line = 0; line < spend.items().size(); line++) {
                em.persist(new PurchaseItem(entryId, line + 1, spend.items().get(line)));
            }
            autoTopUp(debit, locked, actor, now);
            if (card.holderKind() == HolderKind.PUPIL) {
                notifyGuardians(card, entryId, spend, debit);
            }
        }
        audit.record(actor, asHold ? "card.authorise" : "card.purchase", "CARD", card.id(),
                spend.amount().toPlainString() + " RUB" + (spend.volume().isZero() ? "" : ", " + spend.volume().toPlainString() + " L")
                        + (spend.category() == null ? "" : " " + spend.category()));
        return approved(entryId, holdId, spend.amount(), spend.volume(), debit);
    }

    private Outcome completeHold(OperationKey authorisation, Optional<IdempotencyRecord> authorised, Amount finalAmount,
                                 Amount finalVolume, String source) {
        Optional<Long> holdId = authorised.map(record -> OutcomeCodec.read(record.outcome())).map(Outcome::holdId);
        if (holdId.isEmpty()) {
            return Outcome.declined(DeclineCode.REFERENCE_UNKNOWN.name(), "No approved authorisation " + authorisation.key());
        }
        Hold hold = holdWithItsAccountAndContract(holdId.get());
        Set<Long> toLock = new TreeSet<>(List.of(hold.accountId()));
        autoTopUpRuleOf(em.find(Account.class, hold.accountId())).ifPresent(rule -> toLock.add(rule.sourceAccountId()));
        Map<Long, Account> locked = ledger.lock(toLock);
        Account account = locked.get(hold.accountId());
        // The hold itself is not locked: every change to a hold locks its account first, so the account's lock
        // queues them. Read before that lock, the hold may have ended meanwhile; its version check then fails
        // the update (or the account no longer holds its amount), and Payments runs the completion again.
        if (hold.isOpen() && account.held().minorUnits() < hold.amountMinor()) {
            throw new OptimisticLockException("Hold " + hold.id() + " ended while its account was being locked");
        }
        if (!hold.isOpen()) {
            return Outcome.declined(DeclineCode.REFERENCE_UNKNOWN.name(), "Authorisation " + authorisation.key() + " is "
                    + hold.status().name().toLowerCase());
        }
        if (!hold.covers(finalAmount)) {
            return Outcome.declined(DeclineCode.EXCEEDS_AUTHORISATION.name(), "Completion of " + finalAmount.toPlainString()
                    + " exceeds the authorised " + Amount.ofMinorUnits(hold.amountMinor(), Currency.RUB).toPlainString());
        }
        Instant now = Instant.now(clock);
        String actor = audit.actor(source);
        Long entryId = null;
        if (finalAmount.isPositive()) {
            OperationFacts facts = new OperationFacts(hold.cardId(), account.contractId(), hold.productCode(), hold.category(),
                    hold.station(), hold.region(), finalAmount.minorUnits(), finalVolume.minorUnits());
            Account merchant = ledger.system(SystemAccount.MERCHANT_PAYABLE);
            JournalEntry entry = new JournalEntry(EntryKind.COMPLETION, now, facts,
                    "Completion of authorisation " + authorisation.key(), actor);
            // The hold is released before the final amount is posted, so the whole hold is available to it.
            // From here until the entry is booked no query may run: it would flush a hold naming an unsaved entry.
            hold.complete(account, entry);
            entry.move(account, merchant, finalAmount);
            entryId = ledger.book(entry, this::zoneOf).id();
            autoTopUp(account, locked, actor, now);
        } else {
            hold.complete(account, null);
        }
        audit.record(actor, "card.complete", "CARD", hold.cardId(), finalAmount.toPlainString() + " RUB of hold " + hold.id());
        return approved(entryId, hold.id(), finalAmount, finalVolume, account);
    }

    private Outcome reverseOperation(OperationKey original, String source) {
        Optional<Outcome> referenced = recordedOutcome(original);
        if (referenced.isEmpty() || !referenced.get().isApproved()) {
            return Outcome.declined(DeclineCode.REFERENCE_UNKNOWN.name(), "No approved operation " + original.key());
        }
        Long entryId = referenced.get().entryId();
        Long holdId = referenced.get().holdId();
        String actor = audit.actor(source);
        if (holdId != null) {
            Hold hold = em.find(Hold.class, holdId);
            Account account = ledger.lock(List.of(hold.accountId())).get(hold.accountId());
            hold = ledger.lockHold(holdId).orElseThrow();
            if (hold.isOpen()) {
                hold.release(account);
                audit.record(actor, "card.release", "CARD", hold.cardId(), "hold " + holdId + " reversed");
                return approved(null, holdId, Amount.ofMinorUnits(hold.amountMinor(), Currency.RUB),
                        Amount.ofMinorUnits(hold.volumeMilli(), Currency.LITRE), account);
            }
            if (hold.status() != HoldStatus.COMPLETED || hold.completionEntryId() == null) {
                return Outcome.declined(DeclineCode.ALREADY_REVERSED.name(), "Authorisation " + original.key() + " is "
                        + hold.status().name().toLowerCase());
            }
            entryId = hold.completionEntryId();
        }
        JournalEntry entry = ledger.entry(entryId).orElseThrow();
        if (ledger.isReversed(entry.id())) {
            return Outcome.declined(DeclineCode.ALREADY_REVERSED.name(), "Operation " + original.key() + " was already reversed");
        }
        Set<Long> toLock = new TreeSet<>();
        for (Posting posting : entry.postings()) {
            toLock.add(posting.accountId());
        }
        toLock.removeIf(id -> em.find(Account.class, id).isSystem());
        Map<Long, Account> locked = ledger.lock(toLock);
        for (Posting posting : entry.postings()) {
            Account account = locked.get(posting.accountId());
            if (account != null && posting.amount().isPositive() && !account.canCover(posting.amount())) {
                return insufficient(account, posting.amount());
            }
        }
        Instant now = Instant.now(clock);
        OperationFacts facts = new OperationFacts(entry.cardId(), entry.contractId(), entry.productCode(),
                entry.category(), null, null, entry.amountMinor(), entry.volumeMilli());
        JournalEntry reversal = new JournalEntry(EntryKind.REVERSAL, now, facts, "Reversal of " + original.key(), actor);
        Account creditedBack = null;
        for (Posting posting : entry.postings()) {
            Account account = locked.getOrDefault(posting.accountId(), em.find(Account.class, posting.accountId()));
            reversal.post(account, posting.amount().negate());
            if (!account.isSystem() && posting.amount().isNegative()) {
                creditedBack = account;
            }
        }
        reversal.marksReversalOf(entry);
        long reversalId = ledger.book(reversal, this::zoneOf).id();
        audit.record(actor, "entry.reverse", "ENTRY", entry.id(), "reversed by entry " + reversalId);
        Account shown = creditedBack != null ? creditedBack : locked.values().stream().findFirst().orElse(null);
        return new Outcome(Outcome.Status.APPROVED, Outcome.OK, null, reversalId, holdId, authCode(),
                Amount.ofMinorUnits(entry.amountMinor(), Currency.RUB).toPlainString(),
                Amount.ofMinorUnits(entry.volumeMilli(), Currency.LITRE).toPlainString(),
                shown == null ? null : shown.available().toPlainString());
    }

    // ----- top-ups, transfers, corrections

    /** The purse a top-up would credit and its contract, or the decline that stops it before any lock. */
    private record Credit(Account account, Contract contract, Optional<Outcome> refusal) {
        static Credit refused(Outcome refusal) {
            return new Credit(null, null, Optional.of(refusal));
        }
    }

    /**
     * Resolves a top-up's target within what the caller may credit (a partner: its programs, else
     * {@link org.cardhub.access.boundary.AccessDeniedException}) and applies the rules that need no lock.
     */
    private Credit creditFor(PurseRef target, Amount amount, TopUpChannel channel, LockModeType lock) {
        Optional<Card> card = cardOf(target);
        card.ifPresent(named -> access.requireServedIfPartner(named.contractId()));
        if (card.isEmpty() && target.card() != null) {
            access.refuseUnknownCardIfPartner(target.card());
        }
        Optional<Outcome> unknown = refuseUnknownCard(target, card);
        if (unknown.isPresent()) {
            return Credit.refused(unknown.get());
        }
        Account account = resolve(target, card, lock);
        if (card.isEmpty()) {
            access.requireServedIfPartner(account.contractId());
        }
        requireCurrency(account, amount);
        if (channel.source().currency() != amount.currency()) {
            throw new InvalidOperationException(InvalidOperationException.Code.CURRENCY_MISMATCH,
                    channel + " top-ups are in " + channel.source().currency());
        }
        Contract contract = em.find(Contract.class, account.contractId());
        if (!contract.isActive()) {
            return Credit.refused(Outcome.declined(DeclineCode.CONTRACT_INACTIVE.name(), "Contract " + contract.number()
                    + " is " + contract.status().name().toLowerCase()));
        }
        return new Credit(account, contract, Optional.empty());
    }

    private static Optional<Outcome> refuseOverWalletCap(Contract contract, Account account, Amount amount) {
        if (contract.kind() != ContractKind.WALLET) {
            return Optional.empty();
        }
        Amount cap = WalletCaps.of(contract.walletTier()).maxBalance();
        if (!account.balance().plus(amount).isGreaterThan(cap)) {
            return Optional.empty();
        }
        return Optional.of(Outcome.declined(DeclineCode.WALLET_CAP.name(), "A " + contract.walletTier().name().toLowerCase()
                + " wallet holds at most " + cap.toPlainString() + " RUB; it has " + account.balance().toPlainString()));
    }

    private Outcome topUpNow(PurseRef target, Amount amount, TopUpChannel channel, String source, String note) {
        // the only account a top-up locks (system accounts never are), so it is locked as it is read
        Credit credit = creditFor(target, amount, channel, LockModeType.PESSIMISTIC_WRITE);
        if (credit.refusal().isPresent()) {
            return credit.refusal().get();
        }
        Account account = credit.account();
        Optional<Outcome> overCap = refuseOverWalletCap(credit.contract(), account, amount);
        if (overCap.isPresent()) {
            return overCap.get();
        }
        Instant now = Instant.now(clock);
        String actor = audit.actor(source);
        JournalEntry entry = ledger.book(new JournalEntry(EntryKind.TOP_UP, now, factsOf(account, amount),
                "Top-up by " + channel.name().toLowerCase(), actor)
                .move(ledger.system(channel.source()), account, amount), this::zoneOf);
        audit.record(actor, "purse.top-up", "ACCOUNT", account.id(), amount.toPlainString() + " " + amount.currency() + " by " + channel
                + (note == null ? "" : "; " + note));
        return approved(entry.id(), null, amount, Amount.zero(Currency.LITRE), account);
    }

    private Outcome transferNow(PurseRef from, PurseRef to, Amount amount, String source) {
        Optional<Card> fromCard = cardOf(from);
        Optional<Card> toCard = cardOf(to);
        Optional<Outcome> unknown = refuseUnknownCard(from, fromCard).or(() -> refuseUnknownCard(to, toCard));
        if (unknown.isPresent()) {
            return unknown.get();
        }
        Account debit = resolve(from, fromCard);
        Account credit = resolve(to, toCard);
        requireCallerMayUse(debit);
        requireCallerMayUse(credit);
        if (debit.id().equals(credit.id())) {
            throw new InvalidOperationException(InvalidOperationException.Code.SAME_ACCOUNT, "A transfer needs two different purses");
        }
        requireCurrency(debit, amount);
        requireCurrency(credit, amount);
        for (Account account : List.of(debit, credit)) {
            Contract contract = em.find(Contract.class, account.contractId());
            if (!contract.isActive()) {
                return Outcome.declined(DeclineCode.CONTRACT_INACTIVE.name(), "Contract " + contract.number() + " is "
                        + contract.status().name().toLowerCase());
            }
        }
        Set<Long> toLock = new TreeSet<>(List.of(debit.id(), credit.id()));
        autoTopUpRuleOf(debit).ifPresent(rule -> toLock.add(rule.sourceAccountId()));
        Map<Long, Account> locked = ledger.lock(toLock);
        debit = locked.get(debit.id());
        credit = locked.get(credit.id());
        if (!debit.canCover(amount)) {
            return insufficient(debit, amount);
        }
        Instant now = Instant.now(clock);
        Contract receiving = em.find(Contract.class, credit.contractId());
        if (receiving.kind() == ContractKind.WALLET && !receiving.id().equals(debit.contractId())) {
            Amount cap = WalletCaps.of(receiving.walletTier()).maxBalance();
            if (credit.balance().plus(amount).isGreaterThan(cap)) {
                return Outcome.declined(DeclineCode.WALLET_CAP.name(), "The receiving wallet holds at most " + cap.toPlainString() + " RUB");
            }
        }
        Contract paying = em.find(Contract.class, debit.contractId());
        if (paying.kind() == ContractKind.WALLET && !paying.id().equals(credit.contractId())) {
            Optional<Outcome> capped = refuseOverTurnover(paying, amount, now);
            if (capped.isPresent()) {
                return capped.get();
            }
        }
        String actor = audit.actor(source);
        JournalEntry entry = ledger.book(new JournalEntry(EntryKind.TRANSFER, now, factsOf(debit, amount),
                "Transfer to account " + credit.id(), actor).move(debit, credit, amount), this::zoneOf);
        autoTopUp(debit, locked, actor, now);
        audit.record(actor, "purse.transfer", "ACCOUNT", debit.id(), amount.toPlainString() + " " + amount.currency()
                + " to account " + credit.id());
        return approved(entry.id(), null, amount, Amount.zero(Currency.LITRE), debit);
    }

    private Outcome correctNow(PurseRef purse, Amount amount, String reason, String source) {
        Optional<Card> card = cardOf(purse);
        Optional<Outcome> unknown = refuseUnknownCard(purse, card);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        Account account = resolve(purse, card);
        requireCurrency(account, amount);
        account = ledger.lock(List.of(account.id())).get(account.id());
        if (amount.isNegative() && !account.canCover(amount.negate())) {
            return insufficient(account, amount.negate());
        }
        Instant now = Instant.now(clock);
        String actor = audit.actor(source);
        JournalEntry entry = ledger.book(new JournalEntry(EntryKind.CORRECTION, now, factsOf(account, amount.isNegative()
                ? amount.negate() : amount), "Correction: " + reason, actor)
                .post(account, amount)
                .post(ledger.system(SystemAccount.correctionsFor(amount.currency())), amount.negate()), this::zoneOf);
        audit.record(actor, "purse.correct", "ACCOUNT", account.id(), amount.toPlainString() + " " + amount.currency()
                + ": " + reason);
        return approved(entry.id(), null, amount.isNegative() ? amount.negate() : amount, Amount.zero(Currency.LITRE), account);
    }

    private void autoTopUp(Account account, Map<Long, Account> locked, String actor, Instant now) {
        Optional<AutoTopUpRule> found = autoTopUpRuleOf(account);
        if (found.isEmpty()) {
            return;
        }
        AutoTopUpRule rule = found.get();
        Amount needed = rule.topUpFor(account.available());
        Account source = locked.get(rule.sourceAccountId());
        if (needed.isZero() || source == null || !source.available().isPositive()) {
            return;
        }
        Amount moved = source.available().isLessThan(needed) ? source.available() : needed;
        ledger.book(new JournalEntry(EntryKind.AUTO_TOP_UP, now, factsOf(account, moved),
                "Auto top-up from account " + source.id(), actor).move(source, account, moved), this::zoneOf);
        audit.record(actor, "purse.auto-top-up", "ACCOUNT", account.id(), moved.toPlainString() + " from account " + source.id());
    }

    // ----- helpers

    private Optional<AutoTopUpRule> autoTopUpRuleOf(Account account) {
        return account.hasAutoTopUp() ? Optional.ofNullable(em.find(AutoTopUpRule.class, account.id())) : Optional.empty();
    }

    /** Parents hear about each purchase dish by dish, with the balance left. */
    private void notifyGuardians(Card card, long entryId, Spend spend, Account debit) {
        StringBuilder body = new StringBuilder();
        for (Spend.Item item : spend.items()) {
            body.append(item.name()).append(" × ").append(item.quantity()).append(" — ")
                    .append(item.price().toPlainString()).append(" ₽\n");
        }
        body.append("Итого: ").append(spend.amount().toPlainString()).append(" ₽. Остаток: ")
                .append(debit.available().toPlainString()).append(" ₽. Карта ").append(card.panMasked()).append('.');
        notifications.aboutCard(card.id(), "purchase:" + entryId, NotificationPreference.Topic.PURCHASE,
                "Покупка " + spend.amount().toPlainString() + " ₽ — " + card.holderName(), body.toString());
    }

    private Optional<Outcome> refuseUnusable(Card card, Contract contract) {
        LocalDate today = LocalDate.now(clock.withZone(contract.timeZone()));
        if (card.status() != CardStatus.ACTIVE) {
            return Optional.of(Outcome.declined(DeclineCode.CARD_BLOCKED.name(), "Card " + card.panMasked() + " is "
                    + card.status().name().toLowerCase()));
        }
        if (card.isExpired(today)) {
            return Optional.of(Outcome.declined(DeclineCode.CARD_EXPIRED.name(), "Card " + card.panMasked()
                    + " expired on " + card.expiresOn()));
        }
        if (!contract.isActive()) {
            return Optional.of(Outcome.declined(DeclineCode.CONTRACT_INACTIVE.name(), "Contract " + contract.number()
                    + " is " + contract.status().name().toLowerCase()));
        }
        return Optional.empty();
    }

    /** A purse named by a card needs a card that exists and is not closed or replaced. */
    private Optional<Outcome> refuseUnknownCard(PurseRef purse, Optional<Card> card) {
        if (purse.card() == null) {
            return Optional.empty();
        }
        if (card.isEmpty()) {
            return Optional.of(Outcome.declined(DeclineCode.CARD_UNKNOWN.name(), "No card " + purse.card()));
        }
        if (card.get().status() == CardStatus.CLOSED || card.get().status() == CardStatus.REISSUED) {
            return Optional.of(Outcome.declined(DeclineCode.CARD_BLOCKED.name(), "Card " + card.get().panMasked()
                    + " is " + card.get().status().name().toLowerCase()));
        }
        return Optional.empty();
    }

    private Optional<Outcome> refuseOverTurnover(Contract wallet, Amount amount, Instant now) {
        Amount cap = WalletCaps.of(wallet.walletTier()).maxMonthlyTurnover();
        PeriodWindow month = LimitPeriod.MONTH.windowContaining(now, wallet.timeZone());
        long spent = em.createQuery("SELECT COALESCE(SUM(e.amountMinor), 0) FROM JournalEntry e WHERE e.contractId = :contract "
                        + "AND e.kind IN :kinds AND e.bookedAt >= :start AND e.bookedAt < :end "
                        + "AND NOT EXISTS (SELECT r FROM JournalEntry r WHERE r.reversesEntryId = e.id)", Number.class)
                .setParameter("contract", wallet.id())
                .setParameter("kinds", List.of(EntryKind.PURCHASE, EntryKind.COMPLETION, EntryKind.TRANSFER))
                .setParameter("start", month.start()).setParameter("end", month.end()).getSingleResult().longValue();
        if (spent + amount.minorUnits() > cap.minorUnits()) {
            return Optional.of(Outcome.declined(DeclineCode.WALLET_CAP.name(), "A " + wallet.walletTier().name().toLowerCase()
                    + " wallet may turn over at most " + cap.toPlainString() + " RUB a month; "
                    + Amount.ofMinorUnits(spent, Currency.RUB).toPlainString() + " used"));
        }
        return Optional.empty();
    }

    private List<IdempotencyRecord> records(OperationKey first, OperationKey second) {
        return em.createQuery("SELECT r FROM IdempotencyRecord r WHERE (r.scope = :scope1 AND r.key = :key1) "
                        + "OR (r.scope = :scope2 AND r.key = :key2)", IdempotencyRecord.class)
                .setParameter("scope1", first.scope()).setParameter("key1", first.key())
                .setParameter("scope2", second.scope()).setParameter("key2", second.key()).getResultList();
    }

    private static Optional<IdempotencyRecord> recordOf(List<IdempotencyRecord> records, OperationKey key) {
        return records.stream().filter(record -> record.isUnder(key)).findFirst();
    }

    /** A hold read (not locked) in one statement with its account and that account's contract. */
    private Hold holdWithItsAccountAndContract(long holdId) {
        return (Hold) em.createQuery("SELECT h, a, c FROM Hold h, Account a, Contract c "
                        + "WHERE a.id = h.accountId AND c.id = a.contractId AND h.id = :id", Object[].class)
                .setParameter("id", holdId).getSingleResult()[0];
    }

    public Optional<Outcome> recordedOutcome(OperationKey original) {
        IdempotencyRecord record = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(original));
        if (record == null) {
            return Optional.empty();
        }
        return Optional.of(OutcomeCodec.read(record.outcome()));
    }

    /**
     * The purses a spend may draw on, in order: the contract account for pooled contracts; otherwise the
     * card's canteen purse for meals (when it has one), then its main purse.
     */
    private List<Account> spendingAccounts(Card card, Contract contract, String category) {
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

    private Optional<Card> cardOf(PurseRef purse) {
        return purse.card() == null ? Optional.empty() : cards.find(purse.card());
    }

    private Account resolve(PurseRef ref, Optional<Card> named) {
        return resolve(ref, named, LockModeType.NONE);
    }

    private Account resolve(PurseRef ref, Optional<Card> named, LockModeType lock) {
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

    private Account purse(long contractId, Long cardId, AccountPurpose purpose, Currency currency) {
        return purseIfAny(contractId, cardId, purpose, currency).orElseThrow(() -> new IllegalStateException(
                "Contract " + contractId + (cardId == null ? "" : ", card " + cardId) + " has no " + purpose + " " + currency + " account"));
    }

    private Optional<Account> purseIfAny(long contractId, Long cardId, AccountPurpose purpose, Currency currency) {
        return ledger.purse(contractId, cardId, purpose, currency, LockModeType.NONE);
    }

    /** People move only their own money; the back office and the system any. */
    private void requireCallerMayUse(Account account) {
        if (account.cardId() != null) {
            access.requireCard(account.cardId());
        } else {
            access.requireContract(account.contractId());
        }
    }

    private Contract contractOf(Card card) {
        return em.find(Contract.class, card.contractId());
    }

    private ZoneId zoneOf(long contractId) {
        return em.find(Contract.class, contractId).timeZone();
    }

    private static OperationFacts factsOf(Account account, Amount amount) {
        return new OperationFacts(account.cardId(), account.contractId(), null, null, null, null,
                amount.currency() == Currency.LITRE ? 0 : amount.minorUnits(),
                amount.currency() == Currency.LITRE ? amount.minorUnits() : 0);
    }

    private static Attempt attemptOf(Spend spend, Instant now) {
        return new Attempt(spend.amount().minorUnits(), spend.volume().minorUnits(), spend.productCode(),
                spend.category(), spend.station(), spend.region(), now);
    }

    private static Outcome approved(Long entryId, Long holdId, Amount amount, Amount volume, Account account) {
        return new Outcome(Outcome.Status.APPROVED, Outcome.OK, null, entryId, holdId, authCode(),
                amount.currency() == Currency.RUB ? amount.toPlainString() : null,
                amount.currency() == Currency.LITRE ? amount.toPlainString() : volume.toPlainString(),
                account.available().toPlainString());
    }

    private static Outcome insufficient(Account account, Amount wanted) {
        return Outcome.declined(DeclineCode.INSUFFICIENT_FUNDS.name(), "Available " + account.available().toPlainString()
                + " " + account.currency() + ", asked " + wanted.toPlainString());
    }

    private static String describe(Spend spend) {
        return "Purchase" + (spend.productCode() == null ? "" : " of " + spend.productCode())
                + (spend.station() == null ? "" : " at " + spend.station());
    }

    private static String authCode() {
        return String.format("%06d", AUTH_CODES.nextInt(1_000_000));
    }

    private static void requirePositive(Amount amount) {
        if (amount == null || !amount.isPositive()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, "The amount must be positive");
        }
    }

    private static void requireNonNegative(Amount amount, Currency currency) {
        if (amount == null || amount.currency() != currency || amount.isNegative()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE,
                    "The final amount must be zero or more " + currency);
        }
    }

    private static void requireCurrency(Account account, Amount amount) {
        if (account.currency() != amount.currency()) {
            throw new InvalidOperationException(InvalidOperationException.Code.CURRENCY_MISMATCH,
                    "This purse is in " + account.currency() + ", not " + amount.currency());
        }
    }
}
