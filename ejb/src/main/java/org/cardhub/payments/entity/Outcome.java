package org.cardhub.payments.entity;

/**
 * The answer to an operation, as stored for its idempotency key and sent back on a replay. Amounts are
 * decimal strings in their unit (roubles, litres); {@code balance} is what the card or account has
 * available afterwards.
 */
public record Outcome(Status status, String code, String message, Long entryId, Long holdId, String authCode,
                      String approvedAmount, String approvedVolume, String balance) {

    public enum Status { APPROVED, DECLINED }

    public static final String OK = "OK";

    public static Outcome declined(String code, String message) {
        return new Outcome(Status.DECLINED, code, message, null, null, null, null, null, null);
    }

    public boolean isApproved() {
        return status == Status.APPROVED;
    }
}
