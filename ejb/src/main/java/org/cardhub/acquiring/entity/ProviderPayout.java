package org.cardhub.acquiring.entity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * A payout as the acquirer shows it (YooKassa's payout object): its id and status, the amount and currency, Cardhub's
 * id it carries in its metadata, and who canceled it and why.
 */
public record ProviderPayout(String id, Status status, BigDecimal value, String currency, String cardhubPayout,
                             Cancellation cancellation) {

    /** YooKassa's payout statuses. */
    public enum Status {
        PENDING, SUCCEEDED, CANCELED;

        public static Optional<Status> of(String name) {
            if (name == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }
    }

    /** Who canceled ({@code yoo_money}, {@code payment_network}) and why, as the acquirer names it. */
    public record Cancellation(String party, String reason) {
    }

    public Optional<Cancellation> cancellationDetails() {
        return Optional.ofNullable(cancellation);
    }
}
