package org.cardhub.wallets.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.acquiring.boundary.PayoutResult;
import org.cardhub.acquiring.entity.PayoutStatus;
import org.cardhub.callers.Role;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.wallets.control.Closing;
import org.cardhub.wallets.control.HolderSteps;
import org.cardhub.wallets.control.PayingOut;
import org.cardhub.wallets.entity.ClosedWallet;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletRefusal;

import java.util.UUID;

/**
 * The holder closes their wallet with the code sent to its phone: money left on it is first paid out to a bank card
 * through the acquirer (refused without a card), then the wallet, its cards and its contract close and an SMS confirms
 * it. A payout the bank declines or has not yet confirmed leaves the wallet open, the money back or on its way.
 */
@Stateless
@RolesAllowed(Role.Names.WALLET)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WalletClosure {

    @EJB
    HolderSteps steps;

    @EJB
    Closing closing;

    @EJB
    PayingOut payingOut;

    /** What is left on the wallet to pay out before it closes. */
    public Amount balance() {
        return closing.balanceOfCaller();
    }

    public ClosedWallet close(String code, String payoutCardNumber) {
        WalletHolder holder = steps.openHolder();
        Amount balance = closing.balanceOfCaller();
        boolean noCard = payoutCardNumber == null || payoutCardNumber.isBlank();
        if (balance.isPositive() && noCard) {
            throw new WalletRefusal(WalletRefusal.Code.BALANCE_REMAINS, "The wallet holds " + balance.toPlainString()
                    + " RUB: name a bank card to pay it out to");
        }
        payingOut.confirm(code, noCard ? null : payoutCardNumber);
        if (!balance.isPositive()) {
            return closing.close(Amount.zero(Currency.RUB), null);
        }
        PayoutResult payout = payingOut.payOut("wallet-closure:" + holder.contractId() + ":" + UUID.randomUUID(),
                holder.contractId(), balance, payoutCardNumber, "Остаток кошелька при закрытии");
        if (payout.status() != PayoutStatus.SUCCEEDED) {
            // not yet confirmed: the money is on its way to the card, and the wallet stays open until it is settled
            throw new WalletRefusal(WalletRefusal.Code.PAYOUT_FAILED, payout.message());
        }
        return closing.close(payout.amount(), payout.cardMasked());
    }
}
