package org.cardhub.onboarding.entity;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with one input: the field and the reason, a stable name the pages turn into words (a requisite's
 * own refusal code such as {@code INN_CHECKSUM}, a form's {@code KPP_MISSING}, or this component's {@code CARD_COUNT_RANGE}).
 */
public record ApplicationProblem(ApplicationField field, String reason) implements Serializable {

    public ApplicationProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }
}
