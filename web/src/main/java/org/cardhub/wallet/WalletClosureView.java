package org.cardhub.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.cardhub.acquiring.entity.PayoutRefusal;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.money.Amount;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.boundary.WalletClosure;
import org.cardhub.wallets.entity.ClosedWallet;
import org.cardhub.wallets.entity.WalletRefusal;

import java.io.Serializable;
import java.util.Map;

/**
 * «Закрыть кошелёк» on the profile: what is left on the wallet, the bank card to pay it out to (asked only when money
 * remains), the code sent to the phone, then the closure — or why not: the bank declined (the money is back), the card
 * number is wrong, money arrived meanwhile.
 */
@Named
@ViewScoped
public class WalletClosureView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CARD_INPUT = "closure-form:payout-card";
    private static final Map<Object, String> INPUTS = Map.of(WalletRefusal.Code.BALANCE_REMAINS, CARD_INPUT,
            WalletRefusals.CODE_INPUT, "closure-form:closure-code");

    @EJB
    WalletClosure closure;

    @EJB
    MyWallet wallet;

    private Amount balance;
    private String payoutCard;
    private final CodeStep code = new CodeStep();
    private ClosedWallet closed;

    @PostConstruct
    void load() {
        try {
            balance = closure.balance();
        } catch (Refusal refused) {
            balance = null;
        }
    }

    /** Sends the code that confirms the closure. */
    public void ask() {
        code.ask(wallet, null);
    }

    public void close() {
        try {
            closed = closure.close(code.getCode(), payoutCard);
            code.reset();
            PageMessages.info("wallet.closure.done");
        } catch (PayoutRefusal refused) {
            if (refused.code() == PayoutRefusal.Code.CARD_NUMBER_INVALID) {
                PageMessages.refuse(CARD_INPUT, "wallet.error.PAYOUT_CARD_INVALID");
            } else {
                PageMessages.refuse(null, "wallet.refused");
                load();
            }
        } catch (WalletRefusal refused) {
            if (refused.code() == WalletRefusal.Code.PAYOUT_FAILED) {
                PageMessages.refuse(CARD_INPUT, "wallet.closure.payoutFailed", refused.getMessage());
                code.reset();
                load();
            } else if (refused.code() == WalletRefusal.Code.BALANCE_TOO_LOW) {
                // the balance moved between reading it and paying it out: read it again and ask once more
                PageMessages.refuse(null, "wallet.refused");
                load();
            } else {
                WalletRefusals.show(refused, INPUTS, null);
            }
        } catch (Refusal refused) {
            WalletRefusals.show(refused, INPUTS, null);
        }
    }

    public boolean isOpen() {
        return balance != null && closed == null;
    }

    public boolean isMoneyLeft() {
        return balance != null && balance.isPositive();
    }

    public Amount getBalance() {
        return balance;
    }

    public ClosedWallet getClosed() {
        return closed;
    }

    public CodeStep getCode() {
        return code;
    }

    public String getPayoutCard() {
        return payoutCard;
    }

    public void setPayoutCard(String payoutCard) {
        this.payoutCard = payoutCard;
    }
}
