package org.cardhub.wallets.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.cardhub.acquiring.boundary.PayoutResult;
import org.cardhub.acquiring.boundary.Payouts;
import org.cardhub.acquiring.entity.PayoutCard;
import org.cardhub.acquiring.entity.PayoutRefusal;
import org.cardhub.acquiring.entity.PayoutStatus;
import org.cardhub.callers.Role;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.OneTimeCode;
import org.cardhub.wallets.entity.WalletRefusal;

/**
 * The wallet's money paid out to its holder's bank card through the acquirer, as the closure and a withdrawal both do:
 * the card number checked before the code to the phone is spent, then the payout, outside any transaction (the
 * acquirer is asked between two of its own). A bank's decline is a {@code PAYOUT_FAILED} refusal with the acquirer's
 * sentence (the money is back), an amount the wallet cannot cover a {@code BALANCE_TOO_LOW}.
 */
@Stateless
@RolesAllowed(Role.Names.WALLET)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PayingOut {

    @EJB
    HolderSteps steps;

    @EJB
    Payouts payouts;

    @EJB
    Ledger ledger;

    @Inject
    StepUp stepUp;

    /** What the wallet can pay out now: its balance less what is reserved, as the payout itself counts it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Amount available(long contractId) {
        return ledger.purse(contractId, null, AccountPurpose.MAIN, Currency.RUB, LockModeType.NONE).orElseThrow().available();
    }

    /** The card to pay to (none when nothing is paid out) checked first, then the code typed, which is then spent. */
    public void confirm(String code, String payoutCardNumber) {
        if (payoutCardNumber != null) {
            PayoutCard.of(payoutCardNumber);
        }
        OneTimeCode.typed(code);
        stepUp.require(steps.phoneOfCaller(), CodePurpose.CONFIRM_OPERATION, code);
    }

    /** Paid or pending; the same key again answers the same payout as it stands and moves no money again. */
    public PayoutResult payOut(String key, long contractId, Amount amount, String cardNumber, String description) {
        PayoutResult payout;
        try {
            payout = payouts.payOut(key, contractId, amount, cardNumber, description);
        } catch (PayoutRefusal refused) {
            if (refused.code() == PayoutRefusal.Code.BALANCE_TOO_LOW) {
                throw new WalletRefusal(WalletRefusal.Code.BALANCE_TOO_LOW, refused.getMessage());
            }
            throw refused;
        }
        if (payout.status() == PayoutStatus.CANCELED) {
            throw new WalletRefusal(WalletRefusal.Code.PAYOUT_FAILED, payout.message());
        }
        return payout;
    }
}
