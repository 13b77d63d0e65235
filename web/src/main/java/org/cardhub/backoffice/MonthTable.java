package org.cardhub.backoffice;

import org.cardhub.periods.boundary.Periods;
import org.cardhub.periods.entity.ContractBooks;
import org.cardhub.periods.entity.MonthStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * A contract's months page by page, newest first: the page's months are a range, and their statuses come from the
 * database in one statement for that range.
 */
class MonthTable extends LazyDataModel<MonthStatus> {

    private final Periods periods;
    private final ContractBooks books;

    MonthTable(Periods periods, ContractBooks books) {
        this.periods = periods;
        this.books = books;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return books.monthCount();
    }

    @Override
    public List<MonthStatus> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return periods.months(books.contractId(), first, pageSize);
    }

    @Override
    public String getRowKey(MonthStatus row) {
        return row.month().toString();
    }

    @Override
    public MonthStatus getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> row.month().toString().equals(rowKey)).findFirst().orElse(null);
    }
}
