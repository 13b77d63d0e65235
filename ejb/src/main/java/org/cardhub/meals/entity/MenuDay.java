package org.cardhub.meals.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A day's menu for a child, as the parent orders from it: the dishes (none when the school published no menu),
 * whether orders are taken until {@code cutOff}, and the child's order for the day, if any.
 */
public record MenuDay(LocalDate date, boolean open, Instant cutOff, List<DishOffer> dishes, PreOrderSummary order) {
}
