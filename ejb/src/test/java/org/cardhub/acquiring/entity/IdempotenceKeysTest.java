package org.cardhub.acquiring.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The keys that make a payment once: the acquirer's key names the payer's attempt or the auto top-up rule and its
 * trigger, so asking again never charges twice; the ledger's key is the acquirer's payment id.
 */
class IdempotenceKeysTest {

    @Test
    void theSameAttemptGivesTheSameKeyAndAnotherAttemptAnother() {
        UUID attempt = UUID.randomUUID();

        assertThat(IdempotenceKeys.ofPayerAttempt(attempt)).isEqualTo(IdempotenceKeys.ofPayerAttempt(attempt))
                .isNotEqualTo(IdempotenceKeys.ofPayerAttempt(UUID.randomUUID()))
                .hasSizeLessThanOrEqualTo(IdempotenceKeys.MAX_LENGTH);
    }

    @Test
    void anAutoTopUpsKeyNamesItsRuleAndItsTrigger() {
        assertThat(IdempotenceKeys.ofAutoTopUp(42, "e1234")).isEqualTo("cardhub-a-42-e1234")
                .isEqualTo(IdempotenceKeys.ofAutoTopUp(42, "e1234"))
                .isNotEqualTo(IdempotenceKeys.ofAutoTopUp(42, "e1235"))
                .isNotEqualTo(IdempotenceKeys.ofAutoTopUp(43, "e1234"));
    }

    @Test
    void theLongestAutoTopUpKeyStillFitsTheAcquirersSixtyFourCharacters() {
        assertThat(IdempotenceKeys.ofAutoTopUp(Long.MAX_VALUE, "e" + "9".repeat(31))).hasSizeLessThanOrEqualTo(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e 1", "e/1", "a-trigger-that-is-far-too-long-for-the-key"})
    void aTriggerThatCouldBreakTheKeyIsRefused(String trigger) {
        assertThatThrownBy(() -> IdempotenceKeys.ofAutoTopUp(1, trigger)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLedgerCreditsAnAcquirersPaymentUnderItsId() {
        assertThat(IdempotenceKeys.ofCredit("2e5c1e0a-000f-5000-8000-1a2b3c4d5e6f"))
                .satisfies(key -> {
                    assertThat(key.scope()).isEqualTo("acquirer:yookassa");
                    assertThat(key.key()).isEqualTo("2e5c1e0a-000f-5000-8000-1a2b3c4d5e6f");
                })
                .isEqualTo(IdempotenceKeys.ofCredit("2e5c1e0a-000f-5000-8000-1a2b3c4d5e6f"));
    }
}
