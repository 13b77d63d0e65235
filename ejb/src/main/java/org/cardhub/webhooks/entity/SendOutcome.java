package org.cardhub.webhooks.entity;

/** What one attempt got: an HTTP status, or none and why (refused connection, timeout). Only a 2xx delivers. */
public record SendOutcome(Integer httpStatus, String error) {

    public static SendOutcome answered(int httpStatus) {
        return new SendOutcome(httpStatus, httpStatus / 100 == 2 ? null : "HTTP " + httpStatus);
    }

    public static SendOutcome unanswered(String error) {
        return new SendOutcome(null, error);
    }

    public boolean delivered() {
        return httpStatus != null && httpStatus / 100 == 2;
    }
}
