package org.cardhub.payments.entity;

/**
 * The idempotency key of an operation, scoped to its source: a terminal's event id
 * ({@code terminal:FUEL-0001}), a partner's transaction id ({@code partner:agent-demo}), a page's
 * request id ({@code ui:parent}).
 */
public record OperationKey(String scope, String key) {

    private static final int MAX_SCOPE = 64;
    private static final int MAX_KEY = 128;

    public OperationKey {
        if (scope == null || scope.isBlank() || scope.length() > MAX_SCOPE) {
            throw new InvalidOperationException(InvalidOperationException.Code.KEY_INVALID,
                    "An operation needs a source scope of 1 to " + MAX_SCOPE + " characters");
        }
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new InvalidOperationException(InvalidOperationException.Code.KEY_INVALID,
                    "An operation needs an idempotency key of 1 to " + MAX_KEY + " characters");
        }
    }
}
