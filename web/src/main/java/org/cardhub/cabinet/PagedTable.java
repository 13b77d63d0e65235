package org.cardhub.cabinet;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A table read page by page from a boundary, in the boundary's own order and without column filters: how many rows
 * there are, a page of them, and each row's key. For lists that only grow (orders, stock batches).
 */
public class PagedTable<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A page of rows from {@code first}, at most {@code max} of them. */
    @FunctionalInterface
    public interface Pages<T> extends Serializable {
        List<T> page(int first, int max);
    }

    /** How many rows there are. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** A row's key, unique in the table. */
    @FunctionalInterface
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Count count;
    private final Pages<T> pages;
    private final Key<T> key;

    public PagedTable(Count count, Pages<T> pages, Key<T> key) {
        this.count = count;
        this.pages = pages;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return pages.page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> key.apply(row).equals(rowKey)).findFirst().orElse(null);
    }
}
