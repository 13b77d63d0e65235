package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.corporate.export.TransactionLabels;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.ContractOverview;
import org.cardhub.fleet.entity.MonthlySpending;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionRow;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet manager's home: every contract of the company with its balances, its cards by status, what needs the
 * manager's action, its spending this month against last (charts and their tables) and its latest operations.
 */
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

    @Inject
    Language language;

    private List<ContractOverview> contracts;
    private final Map<Long, List<TransactionRow>> latest = new HashMap<>();
    private final Map<Long, MonthlySpending> spending = new HashMap<>();
    private final Map<Long, SpendingChart> charts = new HashMap<>();
    private boolean litres;

    @PostConstruct
    void load() {
        contracts = overview.contracts();
    }

    /** Reads the contracts again after something on them changed (their balances, cards and notices). */
    void reload() {
        load();
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

    /** This month so far against last month, read once per view. */
    public MonthlySpending spendingOf(ContractOverview contract) {
        return spending.computeIfAbsent(contract.id(), overview::spending);
    }

    /** The charts of the contract's spending in roubles or, when chosen, in litres. */
    public SpendingChart chartOf(ContractOverview contract) {
        return charts.computeIfAbsent(contract.id(), id -> new SpendingChart(spendingOf(contract), litres,
                language.getLocale(), code -> productName(contract, code),
                PageMessages.text(litres ? "fleet.spending.unit.litres" : "fleet.spending.unit.money")));
    }

    /** The name of a product's code in the page's language, as the transactions page names it. */
    public String productName(ContractOverview contract, String code) {
        return code == null ? PageMessages.text("fleet.spending.noProduct")
                : new TransactionLabels(language.getLocale(), contract.timeZone()).product(code);
    }

    /** The charts are drawn again in the other measure. */
    public void measureChosen() {
        charts.clear();
    }

    public boolean isLitres() {
        return litres;
    }

    public void setLitres(boolean litres) {
        this.litres = litres;
    }
}
