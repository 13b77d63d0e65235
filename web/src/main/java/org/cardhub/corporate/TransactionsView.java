package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.corporate.export.ExportFormat;
import org.cardhub.corporate.export.ExportLink;
import org.cardhub.corporate.export.TransactionLabels;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.ContractOverview;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionTotals;
import org.cardhub.fleet.entity.TransactionType;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's transactions: a filter (the current month by default, in the contract's time zone), the totals of
 * what it matches above a table paged in the database, and links to the same set as XLSX and CSV.
 */
@Named
@ViewScoped
public class TransactionsView implements Serializable {

    /** The products a manager picks from; any other code is still shown, by its code. */
    private static final List<String> PRODUCTS = List.of("AI-92", "AI-95", "AI-98", "DT", "GAS");

    @Inject
    FleetOverview overview;

    @Inject
    FleetTransactions transactions;

    @Inject
    Language language;

    private List<ContractOverview> contracts;
    private ContractOverview contract;
    private LocalDate from;
    private LocalDate to;
    private String card;
    private String station;
    private String product;
    private TransactionType type;
    private TransactionFilter filter = TransactionFilter.NONE;
    private TransactionTotals totals = TransactionTotals.NONE;
    private TransactionTable table;

    @PostConstruct
    void load() {
        contracts = overview.contracts();
        if (!contracts.isEmpty()) {
            contract = contracts.get(0);
            thisMonth();
            show();
        }
    }

    public void contractChosen() {
        show();
    }

    /** Reads the totals and sets the table up for the filter on the form. */
    public void show() {
        if (contract == null) {
            table = null;
            return;
        }
        if (from != null && to != null && to.isBefore(from)) {
            PageMessages.refuse(null, "fleet.tx.badPeriod");
            return;
        }
        filter = new TransactionFilter(from, to, card, station, null, product, type);
        totals = transactions.totals(contract.id(), filter);
        table = new TransactionTable(transactions, contract.id(), filter, totals);
    }

    public void clear() {
        thisMonth();
        card = null;
        station = null;
        product = null;
        type = null;
        show();
    }

    private void thisMonth() {
        to = LocalDate.now(contract.timeZone());
        from = to.withDayOfMonth(1);
    }

    public String when(TransactionRow row) {
        return labels().when(row.bookedAt());
    }

    public String productName(String code) {
        return labels().product(code);
    }

    public String cardOf(TransactionRow row) {
        return labels().card(row);
    }

    private TransactionLabels labels() {
        return new TransactionLabels(language.getLocale(), contract.timeZone());
    }

    public String exportLink(String format) {
        return contract == null ? "" : ExportLink.of(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath(), contract.id(), filter, ExportFormat.valueOf(format));
    }

    /** Whether the filter narrows more than the period: an empty table then means "nothing matches". */
    public boolean isNarrowed() {
        return filter.lastDigits() != null || filter.station() != null || filter.product() != null || filter.type() != null;
    }

    public List<ContractOverview> getContracts() {
        return contracts;
    }

    public Long getContractId() {
        return contract == null ? null : contract.id();
    }

    public void setContractId(Long contractId) {
        contract = contracts.stream().filter(candidate -> contractId != null && candidate.id() == contractId)
                .findFirst().orElse(null);
    }

    public TransactionTable getTable() {
        return table;
    }

    public TransactionTotals getTotals() {
        return totals;
    }

    public List<String> getProducts() {
        return PRODUCTS;
    }

    public TransactionType[] getTypes() {
        return TransactionType.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }

    public String getStation() {
        return station;
    }

    public void setStation(String station) {
        this.station = station;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public TransactionType getType() {
        return type;
    }

    public void setType(TransactionType type) {
        this.type = type;
    }
}
