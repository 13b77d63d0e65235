package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.acquiring.boundary.BankCardTopUps;
import org.cardhub.acquiring.boundary.PaymentView;
import org.cardhub.acquiring.entity.PaymentStatus;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.money.Amount;

import java.io.Serializable;

/**
 * Where the acquirer sends the payer back ({@code topup-return.xhtml?payment=ID}): the payment's outcome, asked of the
 * acquirer while it is pending (the payer may be back before its notification, or it may never come), and asked again
 * every few seconds until it is decided. Another parent's payment, or none, is "payment not found".
 */
@Named
@ViewScoped
public class TopUpReturnView implements Serializable {

    /** About five minutes of asking every three seconds; after that the page offers to look again. */
    private static final int MAX_POLLS = 100;

    @Inject
    BankCardTopUps topUps;

    @Inject
    Language language;

    private String paymentId;
    private PaymentView payment;
    private int polls;

    @PostConstruct
    void load() {
        paymentId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("payment");
        refresh();
    }

    /** Asks again (the page's poll, or the "look again" button). */
    public void refresh() {
        polls++;
        try {
            payment = paymentId == null ? null : topUps.status(paymentId);
        } catch (AccessDeniedException e) {
            payment = null;
        }
    }

    public void lookAgain() {
        polls = 0;
        refresh();
    }

    public String getOutcome() {
        return payment == null ? "" : ParentPages.outcome(payment, language.getLocale());
    }

    public String amountOf(Amount amount) {
        return Formats.amount(amount, language.getLocale());
    }

    public PaymentView getPayment() {
        return payment;
    }

    public boolean isPending() {
        return payment != null && payment.status() == PaymentStatus.PENDING;
    }

    public boolean isSucceeded() {
        return payment != null && payment.status() == PaymentStatus.SUCCEEDED;
    }

    /** The poll stops once the payment is decided, or after a few minutes of waiting. */
    public boolean isPolling() {
        return isPending() && polls < MAX_POLLS;
    }
}
