package org.cardhub.cards.entity;

import org.cardhub.cards.entity.InvalidStockException.Code;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class StockBatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final UnaryOperator<String> SEAL = digits -> "sealed:" + new StringBuilder(digits).reverse();
    private static final UnaryOperator<String> OPEN = sealed -> new StringBuilder(sealed.substring(7)).reverse().toString();
    private static final NumberRange RANGE = new NumberRange("700599", 600_000_000L, 600_000_009L);

    @Test
    void theBatchKeepsItsNumbersSealedShowsThemMaskedAndOpensThemBack() {
        StockBatch batch = new StockBatch(RANGE, SEAL, TODAY, TODAY, "backoffice", NOW);

        assertThat(batch.range(OPEN)).isEqualTo(RANGE);
        assertThat(batch.firstMasked()).isEqualTo(RANGE.first().masked());
        assertThat(batch.lastMasked()).isEqualTo(RANGE.last().masked());
        assertThat(batch.count()).isEqualTo(10);
        assertThat(batch.remaining()).isEqualTo(10);
        assertThat(batch.addedBy()).isEqualTo("backoffice");
        assertThat(batch.receivedOn()).isEqualTo(TODAY);
    }

    @Test
    void numbersAreTakenInOrderAndNeverTwice() {
        StockBatch batch = new StockBatch(RANGE, SEAL, TODAY.minusDays(3), TODAY, "backoffice", NOW);

        assertThat(batch.take(3)).isEqualTo(0);
        assertThat(batch.take(5)).isEqualTo(3);
        assertThat(batch.remaining()).isEqualTo(2);
        assertThat(batch.used()).isEqualTo(8);
    }

    @Test
    void aBatchThatLacksNumbersGivesNone() {
        StockBatch batch = new StockBatch(RANGE, SEAL, TODAY, TODAY, "backoffice", NOW);
        batch.take(8);

        assertRefused(() -> batch.take(3), Code.NOT_ENOUGH_NUMBERS);
        assertRefused(() -> batch.take(0), Code.NOT_ENOUGH_NUMBERS);
        assertThat(batch.remaining()).isEqualTo(2);
        assertThat(batch.take(2)).isEqualTo(8);
    }

    @Test
    void aBatchIsReceivedOnADayThatHasCome() {
        assertRefused(() -> new StockBatch(RANGE, SEAL, TODAY.plusDays(1), TODAY, "backoffice", NOW), Code.RECEIVED_DATE);
        assertRefused(() -> new StockBatch(RANGE, SEAL, null, TODAY, "backoffice", NOW), Code.RECEIVED_DATE);
    }
}
