package org.cardhub.payments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.WalletCaps;
import org.cardhub.contracts.entity.WalletLevel;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.PeriodWindow;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.Outcome;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A wallet's caps, read from its identification level, and its turnover this month, which they limit. */
@Dependent
public class Wallets {

    @PersistenceContext
    EntityManager em;

    /**
     * A wallet's spending this month (purchases, completions, transfers not reversed) plus {@code amount}, against
     * its cap; other contracts have none, and nothing is read for them.
     */
    Optional<Outcome> refuseOverTurnover(Contract contract, Amount amount, Instant now) {
        Optional<WalletCaps> caps = capsOf(contract);
        if (caps.isEmpty()) {
            return Optional.empty();
        }
        return caps.get().refusalToSpend(spentThisMonth(contract, now), amount).map(Outcome::declined);
    }

    /** A wallet's caps as its level's row holds them now; other contracts have none, and nothing is read for them. */
    Optional<WalletCaps> capsOf(Contract contract) {
        return contract.cappedBy().map(tier -> em.find(WalletLevel.class, tier).caps());
    }

    /** What the wallet spent this month in its zone: purchases, completions and transfers out, not reversed. */
    public Amount spentThisMonth(Contract contract, Instant now) {
        PeriodWindow month = LimitPeriod.MONTH.windowContaining(now, contract.timeZone());
        long spent = em.createQuery("SELECT COALESCE(SUM(e.amountMinor), 0) FROM JournalEntry e WHERE e.contractId = :contract "
                        + "AND e.kind IN :kinds AND e.bookedAt >= :start AND e.bookedAt < :end "
                        + "AND NOT EXISTS (SELECT r FROM JournalEntry r WHERE r.reversesEntryId = e.id)", Number.class)
                .setParameter("contract", contract.id())
                .setParameter("kinds", List.of(EntryKind.PURCHASE, EntryKind.COMPLETION, EntryKind.TRANSFER))
                .setParameter("start", month.start()).setParameter("end", month.end()).getSingleResult().longValue();
        return Amount.ofMinorUnits(spent, Currency.RUB);
    }
}
