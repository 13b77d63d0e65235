package org.cardhub.ledger.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class PeriodChangeTest {

    private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);

    @Test
    void aReopenKeepsItsReasonWithoutTheBlanksAround() {
        PeriodChange reopened = PeriodChange.reopening(7, JANUARY, "admin", NOW, "  счёт-фактура исправлена  ");

        assertThat(reopened.action()).isEqualTo(PeriodChange.Action.REOPEN);
        assertThat(reopened.reason()).isEqualTo("счёт-фактура исправлена");
        assertThat(reopened.month()).isEqualTo(JANUARY);
        assertThat(reopened.actor()).isEqualTo("admin");
    }

    @Test
    void aReopenWithoutAReasonOrWithTooLongAOneIsRefused() {
        for (String reason : new String[]{null, "", "   \t ", "x".repeat(PeriodChange.REASON_MAX + 1)}) {
            assertRefused(() -> PeriodChange.reopening(7, JANUARY, "admin", NOW, reason),
                    InvalidPeriodChangeException.Code.REASON_REQUIRED);
        }
        assertThat(PeriodChange.reopening(7, JANUARY, "admin", NOW, "x".repeat(PeriodChange.REASON_MAX)).reason())
                .hasSize(PeriodChange.REASON_MAX);
    }

    @Test
    void aCloseNeedsNoReason() {
        PeriodChange closed = PeriodChange.closing(7, JANUARY, "system:month-close", NOW);

        assertThat(closed.action()).isEqualTo(PeriodChange.Action.CLOSE);
        assertThat(closed.reason()).isNull();
        assertThat(closed.changedAt()).isEqualTo(NOW);
    }
}
