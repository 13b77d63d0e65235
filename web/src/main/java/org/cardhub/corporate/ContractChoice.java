package org.cardhub.corporate;

import org.cardhub.fleet.entity.ContractOverview;

import java.io.Serializable;
import java.util.List;

/**
 * The company's contracts a page shows one at a time, and the one chosen: the one the address names
 * ({@code ?contract=ID}) when it is among them, the first otherwise; an id that is not the company's chooses none.
 */
public final class ContractChoice implements Serializable {

    private final List<ContractOverview> contracts;
    private Long contractId;

    ContractChoice(List<ContractOverview> contracts, String requested) {
        this.contracts = List.copyOf(contracts);
        Long named = CardView.idOf(requested);
        this.contractId = named != null && isKnown(named) ? named : contracts.isEmpty() ? null : contracts.get(0).id();
    }

    public List<ContractOverview> getContracts() {
        return contracts;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId != null && isKnown(contractId) ? contractId : null;
    }

    private boolean isKnown(long contractId) {
        return contracts.stream().anyMatch(contract -> contract.id() == contractId);
    }
}
