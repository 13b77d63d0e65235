package org.cardhub.school.entity;

import java.time.Instant;
import java.util.List;

/** A canteen purchase with its dishes, as the parent sees it. */
public record Meal(Instant at, String amount, List<String> dishes) {
}
