package org.cardhub.acquiring.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A payout's cancellation reasons: the acquirer's names mapped, and every one told in words, never as a code. */
class PayoutCancellationTest {

    @ParameterizedTest
    @CsvSource({
            "insufficient_funds, INSUFFICIENT_FUNDS",
            "fraud_suspected, FRAUD_SUSPECTED",
            "one_time_limit_exceeded, ONE_TIME_LIMIT_EXCEEDED",
            "periodic_limit_exceeded, PERIODIC_LIMIT_EXCEEDED",
            "general_decline, GENERAL_DECLINE",
            "something_new, OTHER"})
    void theAcquirersReasonIsKnownByItsName(String code, PayoutCancellation reason) {
        assertThat(PayoutCancellation.ofProvider(code)).isEqualTo(reason);
    }

    @Test
    void noReasonAtAllIsOtherAndCardhubsOwnReasonsAreNeverTheAcquirers() {
        assertThat(PayoutCancellation.ofProvider(null)).isEqualTo(PayoutCancellation.OTHER);
        assertThat(PayoutCancellation.PROVIDER_REFUSED.providerCode()).isNull();
        assertThat(PayoutCancellation.ofProvider("PROVIDER_REFUSED")).isEqualTo(PayoutCancellation.OTHER);
    }

    @ParameterizedTest
    @EnumSource(PayoutCancellation.class)
    void everyReasonHasASentenceInRussianAndInEnglish(PayoutCancellation reason) {
        String russian = reason.russian();
        String english = reason.text(Locale.ENGLISH);

        assertThat(russian).isNotBlank().matches(".*[а-яё].*").doesNotContain("_");
        assertThat(english).isNotBlank().matches("[a-z][a-z ,'.]*").isNotEqualTo(russian);
        assertThat(reason.text(null)).isEqualTo(russian);
    }

    @Test
    void theWordsSayWhatHappened() {
        assertThat(PayoutCancellation.GENERAL_DECLINE.russian()).isEqualTo("банк карты отклонил выплату");
        assertThat(PayoutCancellation.INSUFFICIENT_FUNDS.text(Locale.ENGLISH))
                .isEqualTo("the payout service cannot pay out right now, try again later");
    }
}
