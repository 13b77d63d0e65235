package org.cardhub.api.gate;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.cardhub.partners.boundary.Partners;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per partner client, sized by the partner's own settings (requests a second and burst).
 * The settings are read again at most once a minute, so a changed rate takes effect within a minute
 * without a database read per request. Buckets live in this server's memory: a cluster of N instances
 * lets a partner through up to N times its rate, which is the accepted trade for no shared state.
 */
@ApplicationScoped
public class PartnerBuckets {

    /** For a client with a partner role but no partner settings: little, until someone sets them. */
    static final Rate UNCONFIGURED = new Rate(10, 10);
    private static final long SETTINGS_TTL_NANOS = Duration.ofSeconds(60).toNanos();

    @EJB
    Partners partners;

    private final ConcurrentMap<String, Limited> buckets = new ConcurrentHashMap<>();

    record Rate(int perSecond, int burst) {
    }

    private record Limited(Rate rate, Bucket bucket, long checkedAt) {
    }

    /** Takes one request's token from the client's bucket; the probe says whether there was one and when there will be. */
    ConsumptionProbe take(String clientId) {
        long now = System.nanoTime();
        Limited limited = buckets.get(clientId);
        if (limited == null || now - limited.checkedAt() > SETTINGS_TTL_NANOS) {
            Rate rate = rateOf(clientId);
            limited = buckets.compute(clientId, (id, known) -> known != null && known.rate().equals(rate)
                    ? new Limited(rate, known.bucket(), now)
                    : new Limited(rate, bucketOf(rate), now));
        }
        return limited.bucket().tryConsumeAndReturnRemaining(1);
    }

    private Rate rateOf(String clientId) {
        return partners.partner(clientId)
                .map(partner -> new Rate(partner.ratePerSecond(), partner.burst()))
                .orElse(UNCONFIGURED);
    }

    private static Bucket bucketOf(Rate rate) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(rate.burst()).refillGreedy(rate.perSecond(), Duration.ofSeconds(1)))
                .build();
    }
}
