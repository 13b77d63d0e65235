package org.cardhub.payments.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.money.Amount;
import org.cardhub.payments.entity.AutoTopUpRule;
import org.cardhub.payments.entity.PurseRef;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.cardhub.payments.control.Purses.factsOf;
import static org.cardhub.payments.control.RequestChecks.requireCurrency;

/**
 * Purses that top themselves up from another when they run low: setting the rule, and the refill after a
 * spend, a completion or a transfer, in the caller's transaction and within the accounts it locked.
 */
@Dependent
public class AutoTopUps {

    @PersistenceContext
    EntityManager em;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @Inject
    Purses purses;

    /** Sets (or replaces) the auto top-up rule of a purse: below {@code threshold}, refill to {@code target} from {@code source}. */
    public void setAutoTopUp(PurseRef purse, PurseRef source, Amount threshold, Amount target) {
        Account account = purses.resolve(purse, purses.cardOf(purse));
        Account from = purses.resolve(source, purses.cardOf(source));
        purses.requireCallerMayUse(account);
        purses.requireCallerMayUse(from);
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
        audit.record(audit.actor(null), "purse.auto-top-up-rule", AuditSubject.ACCOUNT, account.id(), "below "
                + threshold.toPlainString() + " refill to " + target.toPlainString() + " from account " + from.id());
    }

    /** The purse's rule, read only when the purse says it has one. */
    Optional<AutoTopUpRule> ruleOf(Account account) {
        return account.hasAutoTopUp() ? Optional.ofNullable(em.find(AutoTopUpRule.class, account.id())) : Optional.empty();
    }

    /** Refills {@code account} by its rule from its source, when the caller locked that source and it has money. */
    void refill(Account account, Map<Long, Account> locked, String actor, Instant now) {
        Optional<AutoTopUpRule> found = ruleOf(account);
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
                "Auto top-up from account " + source.id(), actor).move(source, account, moved), purses::zoneOf);
        audit.record(actor, "purse.auto-top-up", AuditSubject.ACCOUNT, account.id(), moved.toPlainString() + " from account " + source.id());
    }
}
