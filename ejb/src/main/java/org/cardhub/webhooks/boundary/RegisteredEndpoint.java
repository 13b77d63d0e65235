package org.cardhub.webhooks.boundary;

import org.cardhub.webhooks.entity.WebhookEndpoint;

/** A new endpoint and its signing secret, which is shown this once and kept only sealed. */
public record RegisteredEndpoint(WebhookEndpoint endpoint, String secret) {

    @Override
    public String toString() {
        return "RegisteredEndpoint[" + endpoint.id() + "]";
    }
}
