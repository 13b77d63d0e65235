package org.cardhub.api;

import org.cardhub.webhooks.entity.WebhookDelivery;
import org.cardhub.webhooks.entity.WebhookEndpoint;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What the webhooks resource answers with; times are ISO-8601 instants. */
public final class WebhookViews {

    private WebhookViews() {
    }

    @Schema(name = "Webhook", description = "A webhook endpoint of the calling partner")
    public record Webhook(
            @Schema(type = SchemaType.INTEGER, format = "int64", example = "3") long id,
            @Schema(example = "https://partner.example.org/hooks/cardhub") String url,
            @Schema(type = SchemaType.ARRAY, example = "[\"card.blocked\"]") List<String> events,
            @Schema(format = "date-time") String createdAt) {

        static Webhook of(WebhookEndpoint endpoint) {
            return new Webhook(endpoint.id(), endpoint.url(), endpoint.eventNames(), time(endpoint.createdAt()));
        }
    }

    @Schema(name = "WebhookCreated", description = "A new endpoint with its signing secret, shown this once: keep it")
    public record WebhookCreated(
            @Schema(type = SchemaType.INTEGER, format = "int64", example = "3") long id,
            @Schema(example = "https://partner.example.org/hooks/cardhub") String url,
            @Schema(type = SchemaType.ARRAY, example = "[\"card.blocked\"]") List<String> events,
            @Schema(format = "date-time") String createdAt,
            @Schema(description = "The HMAC-SHA256 key of Cardhub-Webhook-Signature", example = "whsec_3f2a…") String secret) {
    }

    @Schema(name = "WebhookList", description = "The calling partner's endpoints, oldest first")
    public record WebhookList(List<Webhook> webhooks) {
    }

    @Schema(name = "WebhookDelivery", description = "One event on its way to the endpoint; absent members are unknown yet")
    public record Delivery(
            @Schema(type = SchemaType.INTEGER, format = "int64") long id,
            @Schema(description = "The event's id, as in Cardhub-Webhook-Id") String eventId,
            @Schema(example = "card.blocked") String type,
            @Schema(enumeration = {"PENDING", "DELIVERED", "DEAD"}) String status,
            @Schema(type = SchemaType.INTEGER) int attempts,
            @Schema(description = "The HTTP status of the last answer", type = SchemaType.INTEGER) Integer lastStatus,
            @Schema(description = "Why the last attempt failed", example = "Timed out") String lastError,
            @Schema(format = "date-time") String occurredAt,
            @Schema(format = "date-time") String nextAttemptAt,
            @Schema(format = "date-time") String deliveredAt) {

        static Delivery of(WebhookDelivery delivery) {
            return new Delivery(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.status().name(),
                    delivery.attempts(), delivery.lastStatus(), delivery.lastError(), time(delivery.occurredAt()),
                    time(delivery.nextAttemptAt()), time(delivery.deliveredAt()));
        }
    }

    @Schema(name = "WebhookDeliveryList", description = "A page of an endpoint's deliveries, newest first")
    public record DeliveryList(List<Delivery> deliveries, int offset, int limit) {
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
