package org.cardhub.webhooks.entity;

/** Where a delivery stands: waiting for its next attempt, delivered (a 2xx answer), or given up after every attempt. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD
}
