package org.cardhub.terminals.entity;

/**
 * The answer sent to a terminal's reply queue, with the request's {@code eventId} as correlation id.
 * {@code status} is APPROVED, DECLINED or ACCEPTED (events with no decision, like a turnstile pass).
 */
public record Reply(int v, String eventId, String status, String code, String authCode, String approvedAmount,
                    String approvedVolume, String balance, String message) {

    public static Reply declined(String eventId, String code, String message) {
        return new Reply(1, eventId, "DECLINED", code, null, null, null, null, message);
    }

    public static Reply accepted(String eventId) {
        return new Reply(1, eventId, "ACCEPTED", "OK", null, null, null, null, null);
    }
}
