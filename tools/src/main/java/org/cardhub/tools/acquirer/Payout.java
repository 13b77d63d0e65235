package org.cardhub.tools.acquirer;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One payout to a bank card: what the shop asked for (fixed; the card by its first six and last four digits only) and
 * where it stands. Decided on creation, or, for a card that keeps it pending, when it is next read; final after that.
 */
final class Payout {

    /** More than this in one payout to a card is canceled {@code one_time_limit_exceeded}, as YooKassa's limit. */
    static final BigDecimal ONE_TIME_LIMIT = new BigDecimal("150000.00");

    /** Where a payout stands; read as one. */
    record State(PaymentStatus status, Instant succeededAt, Cancellation cancellation) {
    }

    private final String id;
    private final BigDecimal amount;
    private final Card card;
    private final String description;
    private final JsonObject metadata;
    private final Instant createdAt;
    private final Cancellation deferred;
    private State state;

    private Payout(String id, PayoutRequest request, Instant now, State state, Cancellation deferred) {
        this.id = id;
        this.amount = request.amount();
        this.card = Card.of(request.cardNumber(), null);
        this.description = request.description();
        this.metadata = request.metadata();
        this.createdAt = now;
        this.state = state;
        this.deferred = deferred;
    }

    /** A new payout, decided by its amount and its card ({@link TestPayoutCard}). */
    static Payout of(String id, PayoutRequest request, Instant now) {
        if (request.amount().compareTo(ONE_TIME_LIMIT) > 0) {
            return new Payout(id, request, now, canceled(new Cancellation(Cancellation.ACQUIRER, "one_time_limit_exceeded")), null);
        }
        TestPayoutCard test = TestPayoutCard.numbered(request.cardNumber()).orElse(null);
        if (test == null) {
            return new Payout(id, request, now, new State(PaymentStatus.SUCCEEDED, now, null), null);
        }
        if (test.pendingFirst()) {
            return new Payout(id, request, now, new State(PaymentStatus.PENDING, null, null), test.cancellation());
        }
        return new Payout(id, request, now, canceled(test.cancellation()), null);
    }

    private static State canceled(Cancellation why) {
        return new State(PaymentStatus.CANCELED, null, why);
    }

    /** The payout as it stands when read: a pending one is decided now, once. */
    synchronized State read(Instant now) {
        if (state.status() == PaymentStatus.PENDING) {
            state = deferred == null ? new State(PaymentStatus.SUCCEEDED, now, null) : canceled(deferred);
        }
        return state;
    }

    synchronized State state() {
        return state;
    }

    String id() {
        return id;
    }

    BigDecimal amount() {
        return amount;
    }

    Card card() {
        return card;
    }

    String description() {
        return description;
    }

    JsonObject metadata() {
        return metadata;
    }

    Instant createdAt() {
        return createdAt;
    }
}
