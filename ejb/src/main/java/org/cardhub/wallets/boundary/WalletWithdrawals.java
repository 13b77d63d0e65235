package org.cardhub.wallets.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.acquiring.boundary.PayoutResult;
import org.cardhub.acquiring.boundary.Payouts;
import org.cardhub.acquiring.entity.PayoutCard;
import org.cardhub.acquiring.entity.PayoutStatus;
import org.cardhub.callers.Role;
import org.cardhub.money.Amount;
import org.cardhub.wallets.control.HolderSteps;
import org.cardhub.wallets.control.PayingOut;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletRefusal;
import org.cardhub.wallets.entity.Withdrawal;
import org.cardhub.wallets.entity.WithdrawalReceipt;

/**
 * The holder sends money from their open wallet to their own bank card (issue 25, seed 002: «переводить средства на
 * банковский счёт или карту»), the wallet staying open: the amount, the card number and whether the wallet covers it
 * checked, then the code sent to the phone (always, whatever the amount), then the payout through the acquirer. Only
 * ever the caller's own wallet: no contract is taken from the caller. The page makes one request key per form, so the
 * same form sent again (a double click, a retry after no answer) is the same payout, answered as it stands; as that
 * moves no money, it needs no second code. Paid, or on its way (the money in transit until the bank confirms it); a
 * bank's decline is a {@code PAYOUT_FAILED} refusal with the acquirer's words, the money back on the wallet.
 */
@Stateless
@RolesAllowed(Role.Names.WALLET)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WalletWithdrawals {

    @EJB
    HolderSteps steps;

    @EJB
    PayingOut payingOut;

    @EJB
    Payouts payouts;

    /** What can be sent to a card now: the balance less what is reserved. */
    public Amount available() {
        return payingOut.available(steps.openHolder().contractId());
    }

    public WithdrawalReceipt withdraw(String code, Amount amount, String cardNumber, String requestKey) {
        WalletHolder holder = steps.openHolder();
        Withdrawal withdrawal = Withdrawal.of(holder.contractId(), amount, requestKey);
        PayoutCard.of(cardNumber);
        String key = withdrawal.idempotenceKey();
        if (payouts.find(key).isEmpty()) {
            Amount available = payingOut.available(holder.contractId());
            if (amount.isGreaterThan(available)) {
                throw new WalletRefusal(WalletRefusal.Code.BALANCE_TOO_LOW, "The wallet has " + available.toPlainString()
                        + " RUB available, " + amount.toPlainString() + " RUB was asked for");
            }
            payingOut.confirm(code, cardNumber);
        }
        PayoutResult payout = payingOut.payOut(key, holder.contractId(), amount, cardNumber, Withdrawal.DESCRIPTION);
        return new WithdrawalReceipt(payout.status() == PayoutStatus.SUCCEEDED, payout.amount(), payout.cardMasked(),
                payout.payoutId());
    }
}
