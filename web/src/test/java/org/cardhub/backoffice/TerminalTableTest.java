package org.cardhub.backoffice;

import org.cardhub.terminals.entity.TerminalFilter;
import org.cardhub.terminals.entity.TerminalKind;
import org.cardhub.terminals.entity.TerminalOrder;
import org.cardhub.terminals.entity.TerminalStatus;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The table's filters and sort, keyed by column as PrimeFaces sends them, become the registry's filter and order. */
class TerminalTableTest {

    private static Map<String, FilterMeta> filters(Object... fieldsAndValues) {
        Map<String, FilterMeta> filters = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String field = (String) fieldsAndValues[i];
            filters.put("terminals:table:" + field + "Column",
                    FilterMeta.builder().field(field).filterValue(fieldsAndValues[i + 1]).build());
        }
        return filters;
    }

    private static Map<String, SortMeta> sort(String field, SortOrder order) {
        return Map.of("terminals:table:" + field + "Column", SortMeta.builder().field(field).order(order).build());
    }

    @Test
    void everyColumnFilterReachesTheRegistry() {
        TerminalFilter filter = TerminalTable.filterOf(filters("id", "fuel", "kind", "TURNSTILE", "organization", "Школа",
                "place", "AZS", "region", "RU-P", "status", "DISABLED"));

        assertThat(filter).isEqualTo(new TerminalFilter("fuel", TerminalKind.TURNSTILE, "Школа", "AZS", "RU-P",
                TerminalStatus.DISABLED));
    }

    @Test
    void emptyOrUnknownFilterValuesMatchEverything() {
        assertThat(TerminalTable.filterOf(filters("id", " ", "kind", "", "status", "NO_SUCH"))).isEqualTo(TerminalFilter.NONE);
        assertThat(TerminalTable.filterOf(null)).isEqualTo(TerminalFilter.NONE);
    }

    @Test
    void theSortedColumnBecomesTheOrder() {
        assertThat(TerminalTable.orderOf(sort("organization", SortOrder.DESCENDING)))
                .isEqualTo(new TerminalOrder(TerminalOrder.Field.ORGANIZATION, false));
        assertThat(TerminalTable.orderOf(sort("place", SortOrder.ASCENDING)))
                .isEqualTo(new TerminalOrder(TerminalOrder.Field.LOCATION, true));
    }

    @Test
    void withoutASortTheRegistryIsInIdOrder() {
        assertThat(TerminalTable.orderOf(null)).isEqualTo(TerminalOrder.BY_ID);
        assertThat(TerminalTable.orderOf(sort("status", SortOrder.UNSORTED))).isEqualTo(TerminalOrder.BY_ID);
        assertThat(TerminalTable.orderOf(sort("nonsense", SortOrder.ASCENDING))).isEqualTo(TerminalOrder.BY_ID);
    }
}
