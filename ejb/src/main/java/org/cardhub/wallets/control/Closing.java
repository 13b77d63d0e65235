package org.cardhub.wallets.control;

import jakarta.annotation.security.RolesAllowed;
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
import org.cardhub.callers.PersonAccounts;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.WalletCards;
import org.cardhub.contracts.boundary.WalletContracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.notifications.boundary.PersonNotices;
import org.cardhub.wallets.entity.ClosedWallet;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletRefusal;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in holder's wallet closed, in one transaction under its account's lock: nothing left on it and nothing
 * reserved (what was there was paid out first), its cards closed, the contract closed and its phone freed, an SMS;
 * once that commits, the holder's Keycloak account is deleted (signed out everywhere, the login free again).
 */
@Stateless
@RolesAllowed(Role.Names.WALLET)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Closing {

    @PersistenceContext
    EntityManager em;

    @EJB
    HolderSteps steps;

    @Inject
    WalletHolderBook holders;

    @EJB
    Ledger ledger;

    @EJB
    WalletCards cards;

    @EJB
    WalletContracts contracts;

    @EJB
    PersonNotices sms;

    @EJB
    AuditLog audit;

    @EJB
    PersonAccounts accounts;

    /** What the caller's wallet holds now (reserved money included in the balance, as it is not yet spent). */
    public Amount balanceOfCaller() {
        return account(steps.openHolder().contractId()).balance();
    }

    public ClosedWallet close(Amount paidOut, String payoutCard) {
        WalletHolder holder = holders.locked(steps.openHolder().contractId());
        Account account = ledger.lock(List.of(account(holder.contractId()).id())).values().iterator().next();
        if (!account.balance().isZero() || account.held().isPositive()) {
            throw new WalletRefusal(WalletRefusal.Code.BALANCE_REMAINS, "The wallet holds " + account.balance().toPlainString()
                    + " RUB (" + account.held().toPlainString() + " reserved): pay it out to a bank card first");
        }
        Contract wallet = em.find(Contract.class, holder.contractId());
        String phone = wallet.holderPhone();
        Instant now = Instant.now();
        cards.closeAll(holder.contractId(), "the wallet closed on its holder's request");
        contracts.close(holder.contractId(), "closed by its holder with the code sent to the phone");
        holder.close(WalletHolder.Closing.REQUEST, payoutCard, now);
        accounts.closeAfterCommit(wallet.holderSubject());
        sms.bySms("wallet:closed:" + holder.contractId(), phone, "Cardhub: кошелёк " + wallet.number() + " закрыт"
                + (paidOut.isPositive() ? ", остаток выплачен на карту " + payoutCard : ""));
        audit.record(audit.actor(null), "wallet.close", AuditSubject.CONTRACT, holder.contractId(), "on request"
                + (paidOut.isPositive() ? "; " + paidOut.toPlainString() + " RUB paid out to " + payoutCard : ""));
        return new ClosedWallet(wallet.number(), now, paidOut, payoutCard);
    }

    private Account account(long contractId) {
        return ledger.purse(contractId, null, AccountPurpose.MAIN, Currency.RUB, LockModeType.NONE).orElseThrow();
    }
}
