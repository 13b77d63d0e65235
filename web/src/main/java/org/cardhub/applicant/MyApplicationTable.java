package org.cardhub.applicant;

import org.cardhub.onboarding.boundary.Applications;
import org.cardhub.onboarding.entity.ApplicationFilter;
import org.cardhub.onboarding.entity.ApplicationRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** The applicant's own applications of a filter, page by page, newest first. */
class MyApplicationTable extends LazyDataModel<ApplicationRow> {

    private static final long serialVersionUID = 1L;

    private final Applications applications;
    private final ApplicationFilter filter;
    private final long count;

    MyApplicationTable(Applications applications, ApplicationFilter filter, long count) {
        this.applications = applications;
        this.filter = filter;
        this.count = count;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    @Override
    public List<ApplicationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return applications.mine(filter, first, pageSize);
    }

    @Override
    public String getRowKey(ApplicationRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public ApplicationRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
