package org.cardhub.backoffice;

import org.cardhub.cabinet.TableFilters;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalFilter;
import org.cardhub.terminals.entity.TerminalKind;
import org.cardhub.terminals.entity.TerminalListing;
import org.cardhub.terminals.entity.TerminalOrder;
import org.cardhub.terminals.entity.TerminalStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry page by page: the table's filters and sort (by column field) become the registry's own
 * filter and order, so paging, filtering and sorting happen in the database.
 */
class TerminalTable extends LazyDataModel<TerminalListing> {

    private final Terminals terminals;
    private boolean filtered;

    TerminalTable(Terminals terminals) {
        this.terminals = terminals;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        TerminalFilter filter = filterOf(filterBy);
        filtered = !filter.equals(TerminalFilter.NONE);
        return (int) Math.min(Integer.MAX_VALUE, terminals.count(filter));
    }

    @Override
    public List<TerminalListing> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return terminals.page(filterOf(filterBy), orderOf(sortBy), first, pageSize);
    }

    @Override
    public String getRowKey(TerminalListing row) {
        return row.terminal().id();
    }

    @Override
    public TerminalListing getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> row.terminal().id().equals(rowKey)).findFirst().orElse(null);
    }

    /** Whether the last count had a filter on: an empty table then means "nothing matches", not "nothing yet". */
    boolean isFiltered() {
        return filtered;
    }

    static TerminalFilter filterOf(Map<String, FilterMeta> filterBy) {
        return new TerminalFilter(TableFilters.text(filterBy, "id"), TableFilters.choice(filterBy, "kind", TerminalKind.class),
                TableFilters.text(filterBy, "organization"), TableFilters.text(filterBy, "place"), TableFilters.text(filterBy, "region"),
                TableFilters.choice(filterBy, "status", TerminalStatus.class));
    }

    static TerminalOrder orderOf(Map<String, SortMeta> sortBy) {
        return sortBy == null ? TerminalOrder.BY_ID : sortBy.values().stream()
                .filter(sort -> sort.getOrder() != null && sort.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .flatMap(sort -> field(sort.getField())
                        .map(field -> new TerminalOrder(field, sort.getOrder() != SortOrder.DESCENDING)))
                .orElse(TerminalOrder.BY_ID);
    }

    private static Optional<TerminalOrder.Field> field(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = "place".equals(name) ? "LOCATION" : name.toUpperCase(Locale.ROOT);
        return Arrays.stream(TerminalOrder.Field.values()).filter(field -> field.name().equals(wanted)).findFirst();
    }
}
