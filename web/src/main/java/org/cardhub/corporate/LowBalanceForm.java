package org.cardhub.corporate;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.RightMissingException;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.fleet.entity.ContractOverview;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.primefaces.PrimeFaces;

import java.io.Serializable;

/**
 * The dashboard's dialog that sets or clears a contract's low-balance threshold: roubles as people type them
 * ({@code 50 000,50} or {@code 50000.50}); a malformed, negative or zero amount, or one with more than two decimals,
 * is refused at the field and nothing is saved. Whether the manager may set it is the boundary's to decide.
 */
@Named
@ViewScoped
public class LowBalanceForm implements Serializable {

    /** The dialog's input, where its refusals are shown. */
    static final String FIELD = "lowBalance:amount";

    @Inject
    Contracts contracts;

    @Inject
    ContractsView home;

    @Inject
    Formats formats;

    private ContractOverview contract;
    private String amount;

    public void choose(ContractOverview contract) {
        this.contract = contract;
        this.amount = contract.lowBalance() == null ? null : contract.lowBalance().toPlainString();
    }

    public void save() {
        Amount threshold;
        try {
            threshold = parse(amount);
        } catch (InvalidAmountException malformed) {
            PageMessages.refuse(FIELD, "fleet.lowBalance.error." + malformed.code());
            return;
        }
        if (threshold == null) {
            PageMessages.refuse(FIELD, "fleet.lowBalance.error.required");
        } else if (warnBelow(threshold)) {
            PageMessages.info("fleet.lowBalance.saved", contract.number(), formats.amount(threshold));
        }
    }

    public void clear() {
        if (warnBelow(null)) {
            PageMessages.info("fleet.lowBalance.cleared", contract.number());
        }
    }

    /** Saves the threshold; false, with the refusal at the field, when the domain or the company's rights refused it. */
    private boolean warnBelow(Amount threshold) {
        try {
            contracts.warnBelow(contract.id(), threshold);
        } catch (InvalidContractException invalid) {
            PageMessages.refuse(FIELD, "fleet.lowBalance.error.LOW_BALANCE_INVALID");
            return false;
        } catch (RightMissingException missing) {
            PageMessages.refuse(FIELD, "fleet.lowBalance.error.right");
            return false;
        } catch (AccessDeniedException | EJBException gone) {
            PageMessages.refuse(FIELD, "fleet.lowBalance.error.gone");
            return false;
        }
        home.reload();
        PrimeFaces.current().ajax().addCallbackParam("acted", true);
        return true;
    }

    /** "50 000,50" and "50000.50" alike; blank is none. */
    static Amount parse(String typed) {
        String plain = typed == null ? "" : typed.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        return plain.isEmpty() ? null : Amount.parse(plain, Currency.RUB);
    }

    /** The number of the contract the dialog is open for; blank before it was opened. */
    public String getNumber() {
        return contract == null ? "" : contract.number();
    }

    /** Whether the contract has a threshold to clear. */
    public boolean isSet() {
        return contract != null && contract.lowBalance() != null;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
