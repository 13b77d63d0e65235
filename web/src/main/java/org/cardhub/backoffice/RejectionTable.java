package org.cardhub.backoffice;

import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalRejection;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** Refused terminal messages, newest first, a page at a time from the database. */
class RejectionTable extends LazyDataModel<TerminalRejection> {

    private final Terminals terminals;

    RejectionTable(Terminals terminals) {
        this.terminals = terminals;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, terminals.rejectionCount());
    }

    @Override
    public List<TerminalRejection> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return terminals.rejections(first, pageSize);
    }

    @Override
    public String getRowKey(TerminalRejection rejection) {
        return String.valueOf(rejection.id());
    }

    @Override
    public TerminalRejection getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(rejection -> String.valueOf(rejection.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
