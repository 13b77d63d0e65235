package org.cardhub.limits.entity;

import java.util.Objects;

/** A refusal with its reason code and a sentence naming the limit, e.g. "Daily limit 5 000.00 RUB: 4 200.00 used, 1 000.00 asked". */
public record Decline(DeclineReason reason, String explanation) {
    public Decline {
        Objects.requireNonNull(reason);
        Objects.requireNonNull(explanation);
    }
}
