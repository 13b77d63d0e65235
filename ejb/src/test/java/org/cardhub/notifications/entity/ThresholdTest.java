package org.cardhub.notifications.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.notifications.entity.InvalidNoticeSettingsException.Code;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A threshold is roubles with at most two decimals, zero or more, typed as people type it; blank is none. */
class ThresholdTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"100|100.00", "150,50|150.50", "1 000,5|1000.50", "0|0.00", " 45.00 ₽ |45.00",
            "1 000 000|1000000.00"})
    void typedAmountsAreRead(String typed, String amount) {
        assertThat(Threshold.typed(typed, "f")).contains(Amount.parse(amount, Currency.RUB));
    }

    @Test
    void blankIsNoThreshold() {
        assertThat(Threshold.typed("  ", "f")).isEmpty();
        assertThat(Threshold.typed(null, "f")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-1|THRESHOLD_NEGATIVE", "-0,01|THRESHOLD_NEGATIVE", "1,234|THRESHOLD_SCALE",
            "сто|THRESHOLD_FORMAT", "1e3|THRESHOLD_FORMAT", "1,2,3|THRESHOLD_FORMAT", "1000000,01|THRESHOLD_TOO_LARGE"})
    void badThresholdsAreRefusedAtTheirField(String typed, Code code) {
        InvalidNoticeSettingsException refused = catchThrowableOfType(() -> Threshold.typed(typed, "notifications:main"),
                InvalidNoticeSettingsException.class);

        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.field()).isEqualTo("notifications:main");
    }
}
