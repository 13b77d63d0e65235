package org.cardhub.webhooks.control;

/** A delivery a dispatcher run holds under {@code token}: where to send what, and with which sealed secret. */
public record Claimed(long deliveryId, String token, String url, String secretSealed, boolean endpointRemoved,
                      String eventId, String body) {
}
