package org.cardhub.acquiring.entity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * A payment as the acquirer shows it (YooKassa's payment object): its id and status, the amount and currency charged,
 * Cardhub's id it carries in its metadata, the page where the payer confirms it, why it was canceled and the card used.
 */
public record ProviderPayment(String id, Status status, boolean paid, BigDecimal value, String currency,
                              String cardhubPayment, String confirmationUrl, Cancellation cancellation, Method method) {

    /** YooKassa's payment statuses. */
    public enum Status {
        PENDING, WAITING_FOR_CAPTURE, SUCCEEDED, CANCELED;

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

    /** Who canceled ({@code payment_network}, {@code yoo_kassa}, {@code merchant}) and why, as the acquirer names it. */
    public record Cancellation(String party, String reason) {
    }

    /** The card paid with: the acquirer's id of it, whether it keeps it for recurring charges, and its title. */
    public record Method(String id, boolean saved, String title) {
    }

    public Optional<Cancellation> cancellationDetails() {
        return Optional.ofNullable(cancellation);
    }

    public Optional<Method> paymentMethod() {
        return Optional.ofNullable(method);
    }
}
