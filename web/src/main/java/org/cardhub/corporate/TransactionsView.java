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
import org.cardhub.fleet.entity.TransactionDetail;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionGroupChoice;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionStatus;
import org.cardhub.fleet.entity.TransactionTotals;
import org.cardhub.fleet.entity.TransactionType;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A contract's transactions: a filter (the current month by default, in the contract's time zone), the totals of
 * what it matches above a table paged in the database, a transaction's detail with why it looks suspicious, and the
 * same set as XLSX, CSV and PDF ({@link TransactionExportView}). A manager limited to some card groups sees only
 * theirs: the read model narrows every statement.
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

    private final TransactionFilterForm form = new TransactionFilterForm();
    private List<ContractOverview> contracts;
    private ContractOverview contract;
    private List<TransactionGroupChoice> groups = List.of();
    private List<String> regions = List.of();
    private TransactionFilter filter = TransactionFilter.NONE;
    private TransactionTotals totals = TransactionTotals.NONE;
    private TransactionTable table;
    private TransactionDetail detail;
    private transient TransactionLabels labels;

    @PostConstruct
    void load() {
        contracts = overview.contracts();
        if (!contracts.isEmpty()) {
            regions = transactions.regions();
            contract = contracts.get(0);
            String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("contract");
            setContractId(CardView.idOf(asked));
            contractChosen();
        }
    }

    /** A contract has groups of its own: the filter starts afresh. */
    public void contractChosen() {
        if (contract != null) {
            groups = transactions.groups(contract.id());
            form.reset(contract.timeZone());
        }
        show();
    }

    /** Reads the totals and sets the table up for the filter on the form. */
    public void show() {
        if (contract == null) {
            table = null;
            return;
        }
        if (form.isBackwards()) {
            PageMessages.refuse(null, "fleet.tx.badPeriod");
            return;
        }
        filter = form.toFilter();
        totals = transactions.totals(contract.id(), filter);
        table = new TransactionTable(transactions, contract.id(), filter, totals);
    }

    /** The suspicious fill-ups of the period and filter on the form: the list a manager checks. */
    public void showSuspicious() {
        form.setSuspicious(true);
        show();
    }

    public void clear() {
        form.reset(contract.timeZone());
        show();
    }

    /** Opens a row's detail; a row gone from the caller's view since says so. */
    public void showDetail(long entryId) {
        detail = transactions.detail(contract.id(), entryId).orElse(null);
        if (detail == null) {
            PageMessages.refuse(null, "fleet.tx.detailGone");
        }
    }

    public String when(TransactionRow row) {
        return labels().when(row.bookedAt());
    }

    public String moment(Instant at) {
        return at == null ? "" : labels().when(at);
    }

    public String productName(String code) {
        return labels().product(code);
    }

    public String regionName(String code) {
        return labels().region(code);
    }

    public String cardOf(TransactionRow row) {
        return labels().card(row);
    }

    public String vehicleOf(TransactionRow row) {
        return labels().vehicle(row);
    }

    /** A discount rate, 300 basis points as "3 %". */
    public String percent(int basisPoints) {
        return labels().percent(basisPoints);
    }

    public String suspicionsOf(TransactionRow row) {
        return labels().suspicions(row);
    }

    /** What the tank of the detail's vehicle holds, as litres are shown; empty when not known. */
    public Amount getTank() {
        return detail == null || detail.tankMillilitres() == null ? null
                : Amount.ofMinorUnits(detail.tankMillilitres(), Currency.LITRE);
    }

    /** One set of labels per language and contract: the table asks for them several times a row. */
    private TransactionLabels labels() {
        if (labels == null || !labels.isFor(language.getLocale(), contract.timeZone())) {
            labels = new TransactionLabels(language.getLocale(), contract.timeZone());
        }
        return labels;
    }

    public String exportLink(String format) {
        return contract == null ? "" : ExportLink.of(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath(), contract.id(), filter, ExportFormat.valueOf(format));
    }

    /** Whether the filter narrows more than the period: an empty table then means "nothing matches". */
    public boolean isNarrowed() {
        return filter.isNarrowed();
    }

    public List<ContractOverview> getContracts() {
        return contracts;
    }

    public Long getContractId() {
        return contract == null ? null : contract.id();
    }

    /** A contract that is not one of the caller's (or none) leaves the chosen one as it is. */
    public void setContractId(Long contractId) {
        contract = contracts.stream().filter(candidate -> contractId != null && candidate.id() == contractId)
                .findFirst().orElse(contract);
    }

    public TransactionFilterForm getForm() {
        return form;
    }

    public TransactionFilter getFilter() {
        return filter;
    }

    public TransactionTable getTable() {
        return table;
    }

    public TransactionTotals getTotals() {
        return totals;
    }

    public TransactionDetail getDetail() {
        return detail;
    }

    public TransactionRow getDetailRow() {
        return detail == null ? null : detail.row();
    }

    public List<TransactionGroupChoice> getGroups() {
        return groups;
    }

    public List<String> getRegions() {
        return regions;
    }

    public List<String> getProducts() {
        return PRODUCTS;
    }

    public TransactionType[] getTypes() {
        return TransactionType.values();
    }

    public TransactionStatus[] getStatuses() {
        return TransactionStatus.values();
    }
}
