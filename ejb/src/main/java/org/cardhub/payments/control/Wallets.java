package org.cardhub.payments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.WalletCaps;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.PeriodWindow;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.Outcome;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The law's caps on a prepaid wallet as refusals: its balance after a credit, its turnover in a month. */
@Dependent
public class Wallets {

    @PersistenceContext
    EntityManager em;

    /** A wallet's spending this month (purchases, completions, transfers not reversed) plus {@code amount}, against its cap. */
    Optional<Outcome> refuseOverTurnover(Contract wallet, Amount amount, Instant now) {
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

    /** A wallet's balance after a top-up of {@code amount}, against its cap; other contracts have none. */
    static Optional<Outcome> refuseOverWalletCap(Contract contract, Account account, Amount amount) {
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
}
