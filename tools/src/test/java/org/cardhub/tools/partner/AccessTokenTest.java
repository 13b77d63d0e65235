package org.cardhub.tools.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    @Test
    void aFiveMinuteTokenIsRenewedAMinuteBeforeItExpires() {
        AccessToken token = AccessToken.of("{\"access_token\":\"abc\",\"expires_in\":300,\"token_type\":\"Bearer\"}", NOW);

        assertThat(token.value()).isEqualTo("abc");
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(300));
        assertThat(token.dueForRenewal(NOW.plusSeconds(239))).isFalse();
        assertThat(token.dueForRenewal(NOW.plusSeconds(240))).isTrue();
    }

    @Test
    void aShortLivedTokenIsRenewedAfterTwoThirdsOfItsLife() {
        AccessToken token = AccessToken.of("{\"access_token\":\"abc\",\"expires_in\":30}", NOW);

        assertThat(token.renewAt()).isEqualTo(NOW.plusSeconds(20));
    }

    @Test
    void aTokenWithoutALifetimeIsTakenToLastAMinute() {
        assertThat(AccessToken.of("{\"access_token\":\"abc\"}", NOW).expiresAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void anAnswerWithoutATokenIsRefusedWithWhatItSaid() {
        assertThatThrownBy(() -> AccessToken.of("{\"error\":\"unauthorized_client\"}", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unauthorized_client");
        assertThatThrownBy(() -> AccessToken.of("<html>Bad gateway</html>", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad gateway");
    }
}
