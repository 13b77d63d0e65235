package org.cardhub.webhooks.boundary;

import org.cardhub.webhooks.entity.WebhookEndpoint;

/** An endpoint as the back office lists it, with how many of its deliveries are on their way and how many are dead. */
public record EndpointRow(WebhookEndpoint endpoint, long pending, long dead) {
}
