package org.cardhub.corporate;

import org.cardhub.fleet.boundary.FleetDistribution;
import org.cardhub.fleet.entity.CardBalance;
import org.cardhub.fleet.entity.CardFilter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A contract's cards with what each holds, page by page, filtered and sorted in the database like the card table. The
 * rows of every page shown are kept, so that cards ticked on one page stay chosen while the manager pages on.
 */
class CardBalanceTable extends LazyDataModel<CardBalance> {

    private final FleetDistribution distribution;
    private final long contractId;
    private final Map<String, CardBalance> seen = new HashMap<>();
    private boolean filtered;

    CardBalanceTable(FleetDistribution distribution, long contractId) {
        this.distribution = distribution;
        this.contractId = contractId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        filtered = !FleetCardTable.filterOf(filterBy, null).equals(CardFilter.NONE);
        return (int) Math.min(Integer.MAX_VALUE, distribution.countCards(contractId, FleetCardTable.filterOf(filterBy, null)));
    }

    @Override
    public List<CardBalance> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<CardBalance> page = distribution.cards(contractId, FleetCardTable.filterOf(filterBy, null),
                FleetCardTable.orderOf(sortBy), first, pageSize);
        page.forEach(row -> seen.put(getRowKey(row), row));
        return page;
    }

    @Override
    public String getRowKey(CardBalance row) {
        return Long.toString(row.id());
    }

    @Override
    public CardBalance getRowData(String rowKey) {
        return seen.get(rowKey);
    }

    /** Rows chosen before this table was made (on pages it has not read yet) stay chosen. */
    void remember(List<CardBalance> rows) {
        rows.forEach(row -> seen.putIfAbsent(getRowKey(row), row));
    }

    boolean isFiltered() {
        return filtered;
    }
}
