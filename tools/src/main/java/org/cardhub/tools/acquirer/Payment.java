package org.cardhub.tools.acquirer;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One payment: what the shop asked for (fixed) and where it stands (pending until the payer decides, the issuer
 * declines or the confirmation times out; final after that). Safe to share between threads: a payment leaves
 * {@code pending} once, whoever tries first.
 */
final class Payment {

    /** Where a payment stands; read as one, so a rendering never mixes two states. */
    record State(PaymentStatus status, Instant capturedAt, PaymentMethod method, Cancellation cancellation) {
    }

    private final String id;
    private final BigDecimal amount;
    private final String description;
    private final JsonObject metadata;
    private final String returnUrl;
    private final boolean savePaymentMethod;
    private final Instant createdAt;
    private volatile NotificationMode notificationMode;
    private volatile State state;

    private Payment(String id, PaymentRequest request, Instant createdAt, NotificationMode notificationMode,
                    State state) {
        this.id = id;
        this.amount = request.amount();
        this.description = request.description();
        this.metadata = request.metadata();
        this.returnUrl = request.returnUrl();
        this.savePaymentMethod = request.savePaymentMethod();
        this.createdAt = createdAt;
        this.notificationMode = notificationMode;
        this.state = state;
    }

    /** A payment the payer has yet to confirm on the checkout page. */
    static Payment awaitingPayer(String id, PaymentRequest request, Instant now, NotificationMode mode) {
        return new Payment(id, request, now, mode, new State(PaymentStatus.PENDING, null, null, null));
    }

    /** A charge of a saved card, decided at once: succeeded, or canceled with {@code declineReason}. */
    static Payment recurring(String id, PaymentRequest request, PaymentMethod saved, String declineReason,
                             Instant now, NotificationMode mode) {
        State state = declineReason == null
                ? new State(PaymentStatus.SUCCEEDED, now, saved, null)
                : new State(PaymentStatus.CANCELED, null, saved, Cancellation.declinedByIssuer(declineReason));
        return new Payment(id, request, now, mode, state);
    }

    /** Paid with {@code method}; false if the payment was already final. */
    synchronized boolean succeed(PaymentMethod method, Instant at) {
        if (state.status().isFinal()) {
            return false;
        }
        state = new State(PaymentStatus.SUCCEEDED, at, Objects.requireNonNull(method), null);
        return true;
    }

    /** Canceled, with the card tried if there was one; false if the payment was already final. */
    synchronized boolean cancel(Cancellation cancellation, PaymentMethod triedWith) {
        if (state.status().isFinal()) {
            return false;
        }
        state = new State(PaymentStatus.CANCELED, null, triedWith, Objects.requireNonNull(cancellation));
        return true;
    }

    State state() {
        return state;
    }

    boolean isPending() {
        return !state.status().isFinal();
    }

    String id() {
        return id;
    }

    BigDecimal amount() {
        return amount;
    }

    /** Null when the shop gave none. */
    String description() {
        return description;
    }

    /** Null when the shop gave none. */
    JsonObject metadata() {
        return metadata;
    }

    /** Null for a recurring charge: it has no payer to send back. */
    String returnUrl() {
        return returnUrl;
    }

    /** A charge of a saved card, decided when it was made, without a payer. */
    boolean isRecurring() {
        return returnUrl == null;
    }

    boolean savePaymentMethod() {
        return savePaymentMethod;
    }

    Instant createdAt() {
        return createdAt;
    }

    NotificationMode notificationMode() {
        return notificationMode;
    }

    void notificationMode(NotificationMode mode) {
        notificationMode = Objects.requireNonNull(mode);
    }
}
