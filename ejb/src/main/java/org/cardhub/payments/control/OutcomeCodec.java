package org.cardhub.payments.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.cardhub.payments.entity.Outcome;

/** Outcomes are stored with their idempotency key as JSON. */
public final class OutcomeCodec {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private OutcomeCodec() {
    }

    public static String write(Outcome outcome) {
        return JSONB.toJson(outcome);
    }

    public static Outcome read(String json) {
        return JSONB.fromJson(json, Outcome.class);
    }
}
