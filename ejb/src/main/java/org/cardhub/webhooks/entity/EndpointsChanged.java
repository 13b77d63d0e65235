package org.cardhub.webhooks.entity;

/** An endpoint was registered or removed: the outbox reads the endpoints again once the change is committed. */
public record EndpointsChanged(long endpointId) {
}
