package org.cardhub.cabinet;

import org.primefaces.model.FilterMeta;

import java.util.Arrays;
import java.util.Map;

/** The values a PrimeFaces table's column filters hold, read by field name: blank means "no filter". */
public final class TableFilters {

    private TableFilters() {
    }

    public static String text(Map<String, FilterMeta> filterBy, String field) {
        Object value = value(filterBy, field);
        return value == null ? null : value.toString();
    }

    public static <E extends Enum<E>> E choice(Map<String, FilterMeta> filterBy, String field, Class<E> type) {
        Object value = value(filterBy, field);
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        return value == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value.toString())).findFirst().orElse(null);
    }

    private static Object value(Map<String, FilterMeta> filterBy, String field) {
        if (filterBy == null) {
            return null;
        }
        FilterMeta meta = filterBy.get(field);
        if (meta == null) {
            meta = filterBy.values().stream().filter(candidate -> field.equals(candidate.getField())).findFirst().orElse(null);
        }
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value;
    }
}
