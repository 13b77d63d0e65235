package org.cardhub.cards.entity;

/** How plastic cards reach the company: by courier to its address, or picked up at a service office. */
public enum DeliveryMethod {
    COURIER,
    PICKUP
}
