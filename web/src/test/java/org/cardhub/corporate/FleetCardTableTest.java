package org.cardhub.corporate;

import org.cardhub.cards.entity.CardStatus;
import org.cardhub.fleet.entity.CardFilter;
import org.cardhub.fleet.entity.CardOrder;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The card table's column filters, the group chosen above it and its sorted column become the fleet's query. */
class FleetCardTableTest {

    private static Map<String, FilterMeta> filters(String... fieldsAndValues) {
        Map<String, FilterMeta> filters = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            filters.put("cards:table:" + fieldsAndValues[i] + "Column",
                    FilterMeta.builder().field(fieldsAndValues[i]).filterValue(fieldsAndValues[i + 1]).build());
        }
        return filters;
    }

    private static Map<String, SortMeta> sort(String field, SortOrder order) {
        return Map.of("cards:table:" + field + "Column", SortMeta.builder().field(field).order(order).build());
    }

    @Test
    void theTextFilterTheLastDigitsTheStatusAndTheGroupReachTheQuery() {
        assertThat(FleetCardTable.filterOf(filters("holder", "К321", "number", "0044", "status", "ACTIVE"), 7L))
                .isEqualTo(new CardFilter("К321", "0044", CardStatus.ACTIVE, 7L));
    }

    @Test
    void withoutFiltersOrAGroupEveryCardOfTheFleetIsShown() {
        assertThat(FleetCardTable.filterOf(null, null)).isEqualTo(CardFilter.NONE);
        assertThat(FleetCardTable.filterOf(filters("holder", " ", "status", ""), null)).isEqualTo(CardFilter.NONE);
    }

    @Test
    void theVehiclePlateDriverAndGroupColumnsSortTheQuery() {
        assertThat(FleetCardTable.orderOf(sort("vehicle", SortOrder.ASCENDING)))
                .isEqualTo(new CardOrder(CardOrder.Field.VEHICLE, true));
        assertThat(FleetCardTable.orderOf(sort("plate", SortOrder.DESCENDING)))
                .isEqualTo(new CardOrder(CardOrder.Field.PLATE, false));
        assertThat(FleetCardTable.orderOf(sort("driver", SortOrder.ASCENDING)))
                .isEqualTo(new CardOrder(CardOrder.Field.DRIVER, true));
        assertThat(FleetCardTable.orderOf(sort("group", SortOrder.ASCENDING)))
                .isEqualTo(new CardOrder(CardOrder.Field.GROUP, true));
        assertThat(FleetCardTable.orderOf(sort("nonsense", SortOrder.ASCENDING))).isEqualTo(CardOrder.BY_HOLDER);
    }
}
