package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.entity.ContractOverview;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The fleet manager's home: every contract of the company with its balances and its cards by status. */
@Named
@ViewScoped
public class ContractsView implements Serializable {

    /** The statuses a manager counts cards by; replaced cards are history, not fleet. */
    private static final List<CardStatus> SHOWN = Arrays.stream(CardStatus.values())
            .filter(status -> status != CardStatus.REISSUED).toList();

    @Inject
    FleetOverview overview;

    private List<ContractOverview> contracts;

    @PostConstruct
    void load() {
        contracts = overview.contracts();
    }

    public List<ContractOverview> getContracts() {
        return contracts;
    }

    /** The statuses this contract has cards in, in the order of a card's life. */
    public List<CardStatus> statusesOf(ContractOverview contract) {
        return SHOWN.stream().filter(status -> contract.cards(status) > 0).toList();
    }
}
