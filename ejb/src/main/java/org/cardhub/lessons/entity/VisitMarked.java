package org.cardhub.lessons.entity;

import java.io.Serializable;

/** What a mark did: paid by a subscription (with its lessons left), from the balance, or in debt. */
public record VisitMarked(long visitId, Long subscriptionId, int lessonsLeft, boolean fromBalance, boolean inDebt)
        implements Serializable {
}
