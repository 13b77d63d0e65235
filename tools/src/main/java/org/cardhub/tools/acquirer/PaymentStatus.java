package org.cardhub.tools.acquirer;

/** A payment's status as the API names it; only {@code pending} ever changes. */
enum PaymentStatus {
    PENDING("pending"),
    SUCCEEDED("succeeded"),
    CANCELED("canceled");

    private final String apiName;

    PaymentStatus(String apiName) {
        this.apiName = apiName;
    }

    String apiName() {
        return apiName;
    }

    boolean isFinal() {
        return this != PENDING;
    }
}
