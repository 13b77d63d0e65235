package org.cardhub.backoffice;

import org.cardhub.onboarding.boundary.ApplicationReview;
import org.cardhub.onboarding.entity.ApplicationFilter;
import org.cardhub.onboarding.entity.ApplicationRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** The applications of a status page by page: the waiting ones oldest first (the queue), the decided newest first. */
class ApplicationQueueTable extends LazyDataModel<ApplicationRow> {

    private static final long serialVersionUID = 1L;

    private final ApplicationReview review;
    private final ApplicationFilter filter;

    ApplicationQueueTable(ApplicationReview review, ApplicationFilter filter) {
        this.review = review;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, review.count(filter));
    }

    @Override
    public List<ApplicationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return review.queue(filter, first, pageSize);
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
