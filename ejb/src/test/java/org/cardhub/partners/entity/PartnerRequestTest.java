package org.cardhub.partners.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PartnerRequestTest {

    private static final Instant CLAIMED = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(60);

    private static PartnerRequest claimed() {
        return new PartnerRequest("agent-demo", "key-1", "hash-1", CLAIMED);
    }

    @Test
    void aClaimWithinItsLeaseIsStillBeingWorkedOn() {
        assertThat(claimed().isAbandoned(CLAIMED, LEASE)).isFalse();
        assertThat(claimed().isAbandoned(CLAIMED.plusSeconds(59), LEASE)).isFalse();
    }

    @Test
    void aClaimExactlyAtTheEndOfItsLeaseIsNotYetAbandoned() {
        assertThat(claimed().isAbandoned(CLAIMED.plus(LEASE), LEASE)).isFalse();
    }

    @Test
    void aClaimPastItsLeaseIsAbandoned() {
        assertThat(claimed().isAbandoned(CLAIMED.plus(LEASE).plusMillis(1), LEASE)).isTrue();
    }

    @Test
    void aSettledRequestIsNeverAbandonedHoweverOld() {
        PartnerRequest request = claimed();
        request.settle(201, "{\"status\":\"APPROVED\"}");

        assertThat(request.isAbandoned(CLAIMED.plus(Duration.ofDays(30)), LEASE)).isFalse();
        assertThat(request.isDone()).isTrue();
        assertThat(request.responseStatus()).isEqualTo(201);
        assertThat(request.responseBody()).isEqualTo("{\"status\":\"APPROVED\"}");
    }

    @Test
    void aClaimIsForTheRequestItWasMadeWith() {
        assertThat(claimed().isFor("hash-1")).isTrue();
        assertThat(claimed().isFor("hash-2")).isFalse();
        assertThat(claimed().isDone()).isFalse();
    }
}
