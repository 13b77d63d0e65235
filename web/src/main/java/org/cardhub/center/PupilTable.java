package org.cardhub.center;

import org.cardhub.cabinet.TableFilters;
import org.cardhub.lessons.boundary.CentrePupils;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** The centre's pupils read page by page from the database, by name, with the name column's filter as the search. */
public class PupilTable extends LazyDataModel<CentrePupils.PupilRow> {

    private static final long serialVersionUID = 1L;

    private final CentrePupils pupils;

    PupilTable(CentrePupils pupils) {
        this.pupils = pupils;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, pupils.count(TableFilters.text(filterBy, "name")));
    }

    @Override
    public List<CentrePupils.PupilRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
        return pupils.pupils(TableFilters.text(filterBy, "name"), first, pageSize);
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
}
