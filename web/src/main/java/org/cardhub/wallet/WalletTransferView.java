package org.cardhub.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.MyWallet;
import org.cardhub.wallets.boundary.WalletTransfers;
import org.cardhub.wallets.entity.Receiver;
import org.cardhub.wallets.entity.TransferReceipt;
import org.cardhub.wallets.entity.WalletOverview;
import org.cardhub.wallets.entity.WalletRefusal;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * A transfer from the wallet ({@code transfer.xhtml}) in three steps: whom (a wallet by its phone or a pupil's card by
 * its school contract number) and how much; then the receiver's masked name and the amount to confirm, with the code
 * sent to the phone above the threshold; then what came of it — sent, or the decline in words. One request id per
 * confirmation, so a second click sends nothing twice.
 */
@Named
@ViewScoped
public class WalletTransferView implements Serializable {

    public enum Step { FORM, CONFIRM, DONE }

    private static final Map<Object, String> FORM_INPUTS = Map.of(
            WalletRefusal.Code.RECEIVER_NOT_FOUND, "transfer:reference",
            WalletRefusal.Code.SELF_TRANSFER, "transfer:reference",
            WalletRefusal.Code.CARD_NUMBER_INVALID, "transfer:reference",
            WalletRefusal.Code.AMOUNT_INVALID, "transfer:amount",
            InvalidAmountException.Code.AMOUNT_FORMAT, "transfer:amount",
            InvalidAmountException.Code.AMOUNT_SCALE, "transfer:amount",
            InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, "transfer:amount",
            InvalidAmountException.Code.AMOUNT_TOO_LARGE, "transfer:amount");
    private static final Map<Object, String> CONFIRM_INPUTS = Map.of(WalletRefusals.CODE_INPUT, "confirm:code");

    @EJB
    MyWallet wallet;

    @EJB
    WalletTransfers transfers;

    private WalletOverview overview;
    private Step step = Step.FORM;
    private Receiver.Kind kind = Receiver.Kind.WALLET;
    private String reference;
    private String amountText;
    private Receiver receiver;
    private Amount amount;
    private boolean codeNeeded;
    private final CodeStep code = new CodeStep();
    private String requestId;
    private TransferReceipt receipt;
    private String declineKey;

    @PostConstruct
    void load() {
        try {
            overview = wallet.overview();
        } catch (Refusal refused) {
            WalletRefusals.show(refused, Map.of(), null);
        }
    }

    /** «Продолжить»: the receiver found and the amount read, the confirmation shown (and the code sent if needed). */
    public void proceed() {
        try {
            Amount typed = Formats.typed(amountText, Currency.RUB);
            Receiver found = transfers.receiver(kind, reference);
            amount = typed;
            receiver = found;
            codeNeeded = transfers.needsCode(typed);
            requestId = UUID.randomUUID().toString();
            code.reset();
            step = Step.CONFIRM;
            if (codeNeeded) {
                code.ask(wallet, zone());
            }
        } catch (Refusal refused) {
            WalletRefusals.show(refused, FORM_INPUTS, zone());
        }
    }

    /** Another code, when the first did not come or ran out. */
    public void resendCode() {
        code.ask(wallet, zone());
    }

    /** «Перевести». */
    public void send() {
        try {
            receipt = transfers.send(requestId, kind, receiver.reference(), amount, codeNeeded ? code.getCode() : null);
            declineKey = receipt.sent() ? null : WalletRefusals.declineKey(receipt.declineCode(), overview != null
                    && WalletRefusals.pastTurnover(overview.turnoverThisMonth(), amount, overview.maxTurnover()));
            step = Step.DONE;
            overview = wallet.overview();
        } catch (Refusal refused) {
            WalletRefusals.show(refused, CONFIRM_INPUTS, zone());
        }
    }

    /** Back to the form, with what was typed. */
    public void back() {
        step = Step.FORM;
        code.reset();
    }

    /** A new transfer from a clean form. */
    public void another() {
        step = Step.FORM;
        reference = null;
        amountText = null;
        receiver = null;
        amount = null;
        receipt = null;
        declineKey = null;
        code.reset();
    }

    private ZoneId zone() {
        return overview == null ? null : overview.zone();
    }

    public WalletOverview getOverview() {
        return overview;
    }

    public Step getStep() {
        return step;
    }

    public Receiver.Kind getKind() {
        return kind;
    }

    public void setKind(Receiver.Kind kind) {
        this.kind = kind == null ? Receiver.Kind.WALLET : kind;
    }

    public Receiver.Kind[] getKinds() {
        return Receiver.Kind.values();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getAmountText() {
        return amountText;
    }

    public void setAmountText(String amountText) {
        this.amountText = amountText;
    }

    public Receiver getReceiver() {
        return receiver;
    }

    public Amount getAmount() {
        return amount;
    }

    public boolean isCodeNeeded() {
        return codeNeeded;
    }

    public CodeStep getCode() {
        return code;
    }

    public TransferReceipt getReceipt() {
        return receipt;
    }

    public String getDeclineKey() {
        return declineKey;
    }
}
