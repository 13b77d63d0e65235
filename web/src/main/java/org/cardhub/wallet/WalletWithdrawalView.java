package org.cardhub.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.cardhub.acquiring.entity.PayoutRefusal;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.boundary.WalletWithdrawals;
import org.cardhub.wallets.entity.WalletOverview;
import org.cardhub.wallets.entity.WalletRefusal;
import org.cardhub.wallets.entity.WithdrawalReceipt;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * «На карту» ({@code withdraw.xhtml}): money from the wallet to the holder's own bank card, the wallet staying open.
 * What can be sent now, the amount, the card number, the code sent to the phone, then what came of it: paid, on its way
 * (the money has left the wallet; the bank has not confirmed it yet), or declined in the acquirer's words with the money
 * back, the form kept for another try. One request key per form, so sending it again is the same payout; a new one once
 * a payout under it has ended.
 */
@Named
@ViewScoped
public class WalletWithdrawalView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String AMOUNT_INPUT = "withdraw:amount";
    static final String CARD_INPUT = "withdraw:card";
    private static final Map<Object, String> INPUTS = Map.of(
            WalletRefusal.Code.AMOUNT_INVALID, AMOUNT_INPUT,
            WalletRefusal.Code.BALANCE_TOO_LOW, AMOUNT_INPUT,
            InvalidAmountException.Code.AMOUNT_FORMAT, AMOUNT_INPUT,
            InvalidAmountException.Code.AMOUNT_SCALE, AMOUNT_INPUT,
            InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, AMOUNT_INPUT,
            InvalidAmountException.Code.AMOUNT_TOO_LARGE, AMOUNT_INPUT,
            PayoutRefusal.Code.CARD_NUMBER_INVALID, CARD_INPUT,
            WalletRefusals.CODE_INPUT, "withdraw:code");

    @EJB
    MyWallet wallet;

    @EJB
    WalletWithdrawals withdrawals;

    private WalletOverview overview;
    private Amount available;
    private String amountText;
    private String cardNumber;
    private final CodeStep code = new CodeStep();
    private String requestKey = newKey();
    private WithdrawalReceipt receipt;
    private String declined;

    @PostConstruct
    void load() {
        try {
            overview = wallet.overview();
            available = withdrawals.available();
        } catch (Refusal refused) {
            available = null;
            WalletRefusals.show(refused, Map.of(), zone());
        }
    }

    /** «Получить код»: the code that confirms the transfer to the card. */
    public void ask() {
        code.ask(wallet, zone());
    }

    /** «Перевести». */
    public void withdraw() {
        try {
            Amount amount = Formats.typed(amountText, Currency.RUB);
            receipt = withdrawals.withdraw(code.getCode(), amount, cardNumber, requestKey);
            declined = null;
            cardNumber = null;
            code.reset();
            reloadAvailable();
        } catch (WalletRefusal refused) {
            if (refused.code() == WalletRefusal.Code.PAYOUT_FAILED) {
                // the payout under this key has ended: another try is another payout
                declined = refused.getMessage();
                requestKey = newKey();
                code.reset();
                reloadAvailable();
            } else {
                WalletRefusals.show(refused, INPUTS, zone());
                if (refused.code() == WalletRefusal.Code.BALANCE_TOO_LOW) {
                    reloadAvailable();
                }
            }
        } catch (Refusal refused) {
            WalletRefusals.show(refused, INPUTS, zone());
        }
    }

    /** Another transfer to a card, from a clean form. */
    public void another() {
        amountText = null;
        cardNumber = null;
        receipt = null;
        declined = null;
        requestKey = newKey();
        code.reset();
        reloadAvailable();
    }

    private void reloadAvailable() {
        try {
            available = withdrawals.available();
        } catch (Refusal refused) {
            available = null;
        }
    }

    private ZoneId zone() {
        return overview == null ? null : overview.zone();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** Whether the wallet is open and the form can be used. */
    public boolean isOpen() {
        return available != null;
    }

    public Amount getAvailable() {
        return available;
    }

    public String getAmountText() {
        return amountText;
    }

    public void setAmountText(String amountText) {
        this.amountText = amountText;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public CodeStep getCode() {
        return code;
    }

    public WithdrawalReceipt getReceipt() {
        return receipt;
    }

    public String getDeclined() {
        return declined;
    }
}
