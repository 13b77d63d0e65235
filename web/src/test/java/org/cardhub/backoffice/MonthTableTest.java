package org.cardhub.backoffice;

import org.cardhub.periods.boundary.Periods;
import org.cardhub.periods.entity.ContractBooks;
import org.cardhub.periods.entity.MonthStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The table of a contract's months counts them from its books and asks the boundary for one page at a time. */
class MonthTableTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void theCountIsTheBooksMonthsAndEachPageOneCallForItsRange() {
        ContractBooks books = new ContractBooks(7, "F-1", MOSCOW, YearMonth.of(2025, 1), YearMonth.of(2026, 3));
        List<String> asked = new ArrayList<>();
        Periods periods = new Periods() {
            @Override
            public List<MonthStatus> months(long contractId, int offset, int max) {
                asked.add(contractId + ":" + offset + "+" + max);
                return books.page(offset, max).stream()
                        .map(month -> MonthStatus.of(month, List.of(), Instant.parse("2026-03-10T09:00:00Z"), MOSCOW)).toList();
            }
        };
        MonthTable table = new MonthTable(periods, books);

        assertThat(table.count(Map.of())).isEqualTo(15);
        List<MonthStatus> page = table.load(12, 12, Map.of(), Map.of());
        table.setWrappedData(page);

        assertThat(asked).containsExactly("7:12+12");
        assertThat(page).extracting(MonthStatus::month)
                .containsExactly(YearMonth.of(2025, 3), YearMonth.of(2025, 2), YearMonth.of(2025, 1));
        assertThat(table.getRowKey(page.get(0))).isEqualTo("2025-03");
        assertThat(table.getRowData("2025-02")).isSameAs(page.get(1));
    }
}
