package org.cardhub.corporate;

import org.cardhub.fleet.boundary.FleetMoves;
import org.cardhub.fleet.entity.MoveRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** A contract's moves between its account and its cards, newest first, page by page from the database. */
class MoveTable extends LazyDataModel<MoveRow> {

    private final FleetMoves moves;
    private final long contractId;

    MoveTable(FleetMoves moves, long contractId) {
        this.moves = moves;
        this.contractId = contractId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, moves.count(contractId));
    }

    @Override
    public List<MoveRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return moves.page(contractId, first, pageSize);
    }

    @Override
    public String getRowKey(MoveRow row) {
        return row.entryId() + "-" + row.cardId();
    }

    @Override
    public MoveRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
