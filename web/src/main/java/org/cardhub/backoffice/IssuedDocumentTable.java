package org.cardhub.backoffice;

import org.cardhub.documents.boundary.ClosingDocuments;
import org.cardhub.documents.entity.IssuedDocument;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Closing documents issued, newest first, of one contract or all and one month or all, a page at a time. */
class IssuedDocumentTable extends LazyDataModel<IssuedDocument> {

    private final ClosingDocuments documents;
    private final String contractNumber;
    private final YearMonth month;

    IssuedDocumentTable(ClosingDocuments documents, String contractNumber, YearMonth month) {
        this.documents = documents;
        this.contractNumber = contractNumber;
        this.month = month;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, documents.countIssued(contractNumber, month));
    }

    @Override
    public List<IssuedDocument> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return documents.issued(contractNumber, month, first, pageSize);
    }

    @Override
    public String getRowKey(IssuedDocument document) {
        return String.valueOf(document.id());
    }

    @Override
    public IssuedDocument getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(document -> String.valueOf(document.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
