package org.cardhub.corporate;

import org.cardhub.fleet.boundary.FleetTransactions;
import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionTotals;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * One contract's transactions page by page for a filter the page chose: the count is the one the totals above the
 * table already read, so a page costs the statement of its rows only.
 */
class TransactionTable extends LazyDataModel<TransactionRow> {

    private final FleetTransactions transactions;
    private final long contractId;
    private final TransactionFilter filter;
    private final TransactionTotals totals;

    TransactionTable(FleetTransactions transactions, long contractId, TransactionFilter filter, TransactionTotals totals) {
        this.transactions = transactions;
        this.contractId = contractId;
        this.filter = filter;
        this.totals = totals;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, totals.count());
    }

    @Override
    public List<TransactionRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return transactions.page(contractId, filter, first, pageSize);
    }

    @Override
    public String getRowKey(TransactionRow row) {
        return Long.toString(row.id());
    }

    @Override
    public TransactionRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> Long.toString(row.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
