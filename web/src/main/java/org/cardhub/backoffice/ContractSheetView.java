package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.refusal.Refusal;
import org.cardhub.registry.boundary.ContractRegistry;
import org.cardhub.registry.entity.ContractSheet;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Instant;

/**
 * One contract ({@code contract.xhtml?contract=ID}): the party, kind, status, tariff, accounts with their balances, how
 * many cards, the lifecycle with who and why, and the statuses it may move to — each asked with a reason in a dialog.
 * A contract that does not exist is "no such contract".
 */
@Named
@ViewScoped
public class ContractSheetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContractRegistry registry;

    private Long contractId;
    private ContractSheet contract;
    private ContractStatus moving;
    private String reason;

    @PostConstruct
    void load() {
        contractId = CardSheetView.idOf(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("contract"));
        reload();
    }

    private void reload() {
        try {
            contract = contractId == null ? null : registry.sheet(contractId);
        } catch (Refusal refused) {
            contract = null;
        }
    }

    public void ask(String status) {
        moving = ContractStatus.valueOf(status);
        reason = null;
    }

    public void move() {
        try {
            contract = registry.move(contractId, moving, reason);
            PageMessages.info("bo.contract.moved", contract.number(),
                    PageMessages.text("bo.contractStatus." + moving.name()));
            PrimeFaces.current().ajax().addCallbackParam("acted", true);
        } catch (Refusal refused) {
            RegistryRefusals.show(refused, "move:reason", null);
            if (refused.code().kind() != Refusal.Kind.MALFORMED) {
                PrimeFaces.current().ajax().addCallbackParam("acted", true);
                reload();
            }
        }
    }

    public String time(Instant at) {
        return MoscowTime.format(at);
    }

    public ContractSheet getContract() {
        return contract;
    }

    public ContractStatus getMoving() {
        return moving;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
