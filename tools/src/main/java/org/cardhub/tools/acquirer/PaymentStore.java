package org.cardhub.tools.acquirer;

import jakarta.json.JsonObject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulator's memory: payments by id, the idempotence keys they were created with (24 hours, as YooKassa keeps
 * them), the saved cards a shop may charge again, and the settings the control API changes. Nothing survives a
 * restart.
 */
final class PaymentStore {

    static final Duration KEY_LIFETIME = Duration.ofHours(24);

    /** What {@code POST /payments} answered a key with. */
    private record Remembered(JsonObject body, String paymentId, Instant at) {
    }

    /** The payment a create answered with, and whether it was made by this call (not an idempotent replay). */
    record Outcome(Payment payment, boolean created) {
    }

    private final Clock clock;
    private final Map<String, Payment> payments = new ConcurrentHashMap<>();
    private final Map<String, Remembered> keys = new HashMap<>();
    private final Map<String, PaymentMethod> savedMethods = new ConcurrentHashMap<>();
    private final Map<String, String> declines = new ConcurrentHashMap<>();
    private volatile NotificationMode defaultMode;
    private volatile Duration confirmationTimeout;

    PaymentStore(Clock clock, NotificationMode defaultMode, Duration confirmationTimeout) {
        this.clock = clock;
        this.defaultMode = defaultMode;
        this.confirmationTimeout = confirmationTimeout;
    }

    /**
     * The payment of {@code key}: the one it created before if {@code body} is the same, else a new one. A recurring
     * charge is decided here and then, by the saved card's standing.
     */
    synchronized Outcome create(String key, JsonObject body) throws InvalidRequestException {
        Instant now = clock.instant();
        Remembered earlier = keys.get(key);
        if (earlier != null && earlier.at().plus(KEY_LIFETIME).isAfter(now)) {
            if (!earlier.body().equals(body)) {
                throw new InvalidRequestException("Idempotence-Key", "The Idempotence-Key '" + key
                        + "' was already used with other data: a new payment needs a new key.");
            }
            return new Outcome(payments.get(earlier.paymentId()), false);
        }
        PaymentRequest request = PaymentRequest.from(body);
        Payment payment = request.recurring()
                ? charge(request, now)
                : Payment.awaitingPayer(newId(now), request, now, defaultMode);
        payments.put(payment.id(), payment);
        keys.put(key, new Remembered(body, payment.id(), now));
        return new Outcome(payment, true);
    }

    private Payment charge(PaymentRequest request, Instant now) throws InvalidRequestException {
        PaymentMethod saved = savedMethods.get(request.paymentMethodId());
        if (saved == null) {
            throw new InvalidRequestException("payment_method_id", "There is no saved payment method '"
                    + request.paymentMethodId() + "' in this shop.");
        }
        return Payment.recurring(newId(now), request, saved, declines.get(saved.id()), now, defaultMode);
    }

    Optional<Payment> payment(String id) {
        return Optional.ofNullable(payments.get(id));
    }

    /** A method for a card just used; {@link #remember} it once the payment it paid is final. */
    PaymentMethod newMethod(Card card, boolean save) {
        return new PaymentMethod(newId(clock.instant()), card, save);
    }

    void remember(PaymentMethod method) {
        if (method.saved()) {
            savedMethods.put(method.id(), method);
        }
    }

    /** Next charges of the saved method are declined with {@code reason}; false if no such method is saved. */
    boolean decline(String methodId, String reason) {
        if (!savedMethods.containsKey(methodId)) {
            return false;
        }
        declines.put(methodId, Objects.requireNonNull(reason));
        return true;
    }

    /** Next charges of the saved method succeed again; false if no such method is saved. */
    boolean accept(String methodId) {
        if (!savedMethods.containsKey(methodId)) {
            return false;
        }
        declines.remove(methodId);
        return true;
    }

    /** Cancels the pending payments older than the confirmation timeout; the ones it canceled. */
    List<Payment> expireUnconfirmed() {
        Instant deadline = clock.instant().minus(confirmationTimeout);
        List<Payment> expired = new ArrayList<>();
        for (Payment payment : payments.values()) {
            if (payment.isPending() && !payment.createdAt().isAfter(deadline)
                    && payment.cancel(Cancellation.expiredOnConfirmation(), null)) {
                expired.add(payment);
            }
        }
        return expired;
    }

    synchronized void forgetOldKeys() {
        Instant oldest = clock.instant().minus(KEY_LIFETIME);
        keys.values().removeIf(remembered -> !remembered.at().isAfter(oldest));
    }

    NotificationMode defaultMode() {
        return defaultMode;
    }

    void defaultMode(NotificationMode mode) {
        defaultMode = Objects.requireNonNull(mode);
    }

    Duration confirmationTimeout() {
        return confirmationTimeout;
    }

    void confirmationTimeout(Duration timeout) {
        confirmationTimeout = Objects.requireNonNull(timeout);
    }

    Instant now() {
        return clock.instant();
    }

    /** An id shaped like YooKassa's: the creation time in hex, then random digits. */
    private static String newId(Instant now) {
        String random = UUID.randomUUID().toString();
        return String.format("%08x-000f-5000-%s", now.getEpochSecond(), random.substring(19));
    }
}
