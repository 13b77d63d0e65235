package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.ContractOverview;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionRow;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fleet manager's home: every contract of the company with its balances, its cards by status and its latest operations. */
@Named
@ViewScoped
public class ContractsView implements Serializable {

    /** The statuses a manager counts cards by; replaced cards are history, not fleet. */
    private static final List<CardStatus> SHOWN = Arrays.stream(CardStatus.values())
            .filter(status -> status != CardStatus.REISSUED).toList();

    /** The latest operations shown under each contract; the transactions page has the rest. */
    private static final int LATEST = 5;

    @Inject
    FleetOverview overview;

    @Inject
    FleetTransactions transactions;

    private List<ContractOverview> contracts;
    private final Map<Long, List<TransactionRow>> latest = new HashMap<>();

    @PostConstruct
    void load() {
        contracts = overview.contracts();
    }

    public List<ContractOverview> getContracts() {
        return contracts;
    }

    /** The contract's newest operations, read once per view (two statements a contract). */
    public List<TransactionRow> latestOf(ContractOverview contract) {
        return latest.computeIfAbsent(contract.id(),
                id -> transactions.page(id, TransactionFilter.NONE, 0, LATEST));
    }

    /** The statuses this contract has cards in, in the order of a card's life. */
    public List<CardStatus> statusesOf(ContractOverview contract) {
        return SHOWN.stream().filter(status -> contract.cards(status) > 0).toList();
    }
}
