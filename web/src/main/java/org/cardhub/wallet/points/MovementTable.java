package org.cardhub.wallet.points;

import org.cardhub.bonus.boundary.PointsStatements;
import org.cardhub.bonus.entity.MovementLine;
import org.cardhub.bonus.entity.MovementPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** The holder's points movements, newest first, read page by page from the database. */
public class MovementTable extends LazyDataModel<MovementLine> {

    private static final long serialVersionUID = 1L;

    private final PointsStatements statements;
    private final long total;

    MovementTable(PointsStatements statements, long total) {
        this.statements = statements;
        this.total = total;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<MovementLine> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        MovementPage page = statements.movements(first, pageSize);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.lines();
    }

    @Override
    public String getRowKey(MovementLine line) {
        return String.valueOf(line.seqNo());
    }

    @Override
    public MovementLine getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(line -> String.valueOf(line.seqNo()).equals(rowKey)).findFirst().orElse(null);
    }
}
