package org.cardhub.periods.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ContractBooksTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void theBooksRunFromTheContractsMonthToTheCurrentOneNewestFirst() {
        ContractBooks books = ContractBooks.of(7, "F-1", MOSCOW, Instant.parse("2025-11-15T09:00:00Z"), null, NOW);

        assertThat(books.monthCount()).isEqualTo(5);
        assertThat(books.page(0, 2)).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 2));
        assertThat(books.page(4, 2)).containsExactly(YearMonth.of(2025, 11));
        assertThat(books.page(5, 2)).isEmpty();
        assertThat(books.holds(YearMonth.of(2025, 10))).isFalse();
        assertThat(books.holds(YearMonth.of(2026, 4))).isFalse();
    }

    @Test
    void anEarlierFirstEntryBeginsTheBooksEarlierInTheContractsZone() {
        // 31 December 22:00 UTC is already 1 January in Moscow
        ContractBooks books = ContractBooks.of(7, "F-1", MOSCOW, Instant.parse("2026-03-01T09:00:00Z"),
                Instant.parse("2025-12-31T22:00:00Z"), NOW);

        assertThat(books.first()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(books.monthCount()).isEqualTo(3);
    }
}
