package org.cardhub.tools.acquirer;

import jakarta.json.JsonObject;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulator's payouts by id and the idempotence keys they were created with (kept as long as the payments' keys,
 * {@link PaymentStore#KEY_LIFETIME}). Nothing survives a restart; no card number is kept.
 */
final class PayoutStore {

    /** What {@code POST /payouts} answered a key with. */
    private record Remembered(JsonObject body, String payoutId, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Payout> payouts = new ConcurrentHashMap<>();
    private final Map<String, Remembered> keys = new HashMap<>();

    PayoutStore(Clock clock) {
        this.clock = clock;
    }

    /** The payout of {@code key}: the one it created before if {@code body} is the same, else a new one. */
    synchronized Payout create(String key, JsonObject body) throws InvalidRequestException {
        Instant now = clock.instant();
        Remembered earlier = keys.get(key);
        if (earlier != null && earlier.at().plus(PaymentStore.KEY_LIFETIME).isAfter(now)) {
            if (!earlier.body().equals(body)) {
                throw new InvalidRequestException("Idempotence-Key", "The Idempotence-Key '" + key
                        + "' was already used with other data: a new payout needs a new key.");
            }
            return payouts.get(earlier.payoutId());
        }
        Payout payout = Payout.of(newId(now), PayoutRequest.from(body), now);
        payouts.put(payout.id(), payout);
        // the key remembers the request, card number and all, only as long as YooKassa would
        keys.put(key, new Remembered(body, payout.id(), now));
        return payout;
    }

    Optional<Payout> payout(String id) {
        return Optional.ofNullable(payouts.get(id));
    }

    synchronized void forgetOldKeys() {
        Instant oldest = clock.instant().minus(PaymentStore.KEY_LIFETIME);
        keys.values().removeIf(remembered -> !remembered.at().isAfter(oldest));
    }

    Instant now() {
        return clock.instant();
    }

    /** An id shaped like YooKassa's payout ids: {@code po-}, the creation time in hex, then random digits. */
    private static String newId(Instant now) {
        String random = UUID.randomUUID().toString();
        return String.format("po-%08x-0003-5000-%s", now.getEpochSecond(), random.substring(19));
    }
}
