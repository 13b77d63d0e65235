package org.cardhub.corporate;

import org.cardhub.cabinet.TableFilters;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.fleet.boundary.FleetCards;
import org.cardhub.fleet.entity.CardFilter;
import org.cardhub.fleet.entity.CardOrder;
import org.cardhub.fleet.entity.CardRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One contract's cards page by page: the table's filters, the card group chosen above it and the sort become the
 * query's, so the database does the work.
 */
class FleetCardTable extends LazyDataModel<CardRow> {

    private final FleetCards cards;
    private final long contractId;
    private Long groupId;
    private boolean filtered;

    FleetCardTable(FleetCards cards, long contractId) {
        this.cards = cards;
        this.contractId = contractId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        CardFilter filter = filterOf(filterBy, groupId);
        filtered = !filter.equals(CardFilter.NONE);
        return (int) Math.min(Integer.MAX_VALUE, cards.count(contractId, filter));
    }

    @Override
    public List<CardRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return cards.page(contractId, filterOf(filterBy, groupId), orderOf(sortBy), first, pageSize);
    }

    @Override
    public String getRowKey(CardRow row) {
        return Long.toString(row.id());
    }

    @Override
    public CardRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> Long.toString(row.id()).equals(rowKey)).findFirst().orElse(null);
    }

    /** Whether the last count had a filter on: an empty table then means "nothing matches", not "no cards yet". */
    boolean isFiltered() {
        return filtered;
    }

    /** The card group the table shows, or null for cards of any group or none. */
    Long groupId() {
        return groupId;
    }

    void showGroup(Long groupId) {
        this.groupId = groupId;
    }

    static CardFilter filterOf(Map<String, FilterMeta> filterBy, Long groupId) {
        return new CardFilter(TableFilters.text(filterBy, "holder"), TableFilters.text(filterBy, "number"),
                TableFilters.choice(filterBy, "status", CardStatus.class), groupId);
    }

    static CardOrder orderOf(Map<String, SortMeta> sortBy) {
        return sortBy == null ? CardOrder.BY_HOLDER : sortBy.values().stream()
                .filter(sort -> sort.getOrder() != null && sort.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .flatMap(sort -> Arrays.stream(CardOrder.Field.values())
                        .filter(field -> field.name().equals(sort.getField() == null ? null
                                : sort.getField().toUpperCase(Locale.ROOT)))
                        .findFirst()
                        .map(field -> new CardOrder(field, sort.getOrder() != SortOrder.DESCENDING)))
                .orElse(CardOrder.BY_HOLDER);
    }
}
