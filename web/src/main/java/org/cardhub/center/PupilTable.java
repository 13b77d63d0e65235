package org.cardhub.center;

import org.cardhub.lessons.boundary.CentrePupils;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** The centre's pupils read page by page from the database, by name, those whose name contains the search typed. */
public class PupilTable extends LazyDataModel<CentrePupils.PupilRow> {

    private static final long serialVersionUID = 1L;

    private final CentrePupils pupils;
    private String search;

    PupilTable(CentrePupils pupils) {
        this.pupils = pupils;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, pupils.count(search));
    }

    @Override
    public List<CentrePupils.PupilRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
        return pupils.pupils(search, first, pageSize);
    }

    @Override
    public String getRowKey(CentrePupils.PupilRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public CentrePupils.PupilRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
