package org.cardhub.partners.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartnerTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void aPartnerKeepsItsClientIdNameAndRate() {
        Partner partner = new Partner("agent-demo", "Demo agent", 5000, 100, NOW);

        assertThat(partner.clientId()).isEqualTo("agent-demo");
        assertThat(partner.name()).isEqualTo("Demo agent");
        assertThat(partner.ratePerSecond()).isEqualTo(5000);
        assertThat(partner.burst()).isEqualTo(100);
    }

    @Test
    void theSmallestRateAndBurstAreOne() {
        assertThat(new Partner("agent-other", "Other", 1, 1, NOW).ratePerSecond()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"0, 20", "-1, 20", "20, 0", "20, -5", "0, 0", "-2147483648, 1"})
    void aRateOrBurstThatIsNotPositiveIsRefused(int rate, int burst) {
        assertThatThrownBy(() -> new Partner("agent-x", "X", rate, burst, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }
}
