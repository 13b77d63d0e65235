package org.cardhub.acquiring.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The acquirer's cancellation reasons become a sentence the payer understands, in Russian and in English, never a code. */
class CancellationReasonTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @ParameterizedTest
    @CsvSource({
            "insufficient_funds, INSUFFICIENT_FUNDS, недостаточно средств на карте, insufficient funds on the card",
            "card_expired, CARD_EXPIRED, истёк срок действия карты, the card has expired",
            "general_decline, GENERAL_DECLINE, банк отклонил платёж, the bank declined the payment",
            "expired_on_confirmation, EXPIRED_ON_CONFIRMATION, оплата не подтверждена, the payment was not confirmed",
            "permission_revoked, PERMISSION_REVOKED, карта больше не разрешает списания без подтверждения, the card no longer allows charges without confirmation"})
    void theAcquirersReasonsReadAsSentences(String code, CancellationReason reason, String russian, String english) {
        assertThat(CancellationReason.ofProvider(code)).isEqualTo(reason);
        assertThat(reason.text(RUSSIAN)).isEqualTo(russian);
        assertThat(reason.russian()).isEqualTo(russian);
        assertThat(reason.text(Locale.ENGLISH)).isEqualTo(english);
    }

    @Test
    void aReasonNotKnownHereIsADeclineAllTheSame() {
        assertThat(CancellationReason.ofProvider("some_new_reason")).isEqualTo(CancellationReason.OTHER);
        assertThat(CancellationReason.ofProvider(null)).isEqualTo(CancellationReason.OTHER);
        assertThat(CancellationReason.OTHER.text(RUSSIAN)).isEqualTo("платёж отклонён");
    }

    @Test
    void cardhubsOwnReasonsAreNeverTheAcquirers() {
        assertThat(CancellationReason.PROVIDER_UNAVAILABLE.providerCode()).isNull();
        assertThat(CancellationReason.ofProvider("PROVIDER_UNAVAILABLE")).isEqualTo(CancellationReason.OTHER);
    }

    @Test
    void anyOtherLanguageReadsRussianTheSchoolsLanguage() {
        assertThat(CancellationReason.INSUFFICIENT_FUNDS.text(Locale.GERMAN)).isEqualTo("недостаточно средств на карте");
        assertThat(CancellationReason.INSUFFICIENT_FUNDS.text(null)).isEqualTo("недостаточно средств на карте");
    }

    @ParameterizedTest
    @EnumSource(CancellationReason.class)
    void everyReasonHasASentenceInBothLanguagesWithoutItsCode(CancellationReason reason) {
        assertThat(reason.text(RUSSIAN)).isNotBlank().doesNotContain(reason.name()).doesNotContain("_")
                .matches(".*[а-яё].*");
        assertThat(reason.text(Locale.ENGLISH)).isNotBlank().doesNotContain(reason.name()).doesNotContain("_")
                .isNotEqualTo(reason.text(RUSSIAN));
    }
}
