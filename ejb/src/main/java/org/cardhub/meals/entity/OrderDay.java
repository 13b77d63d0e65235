package org.cardhub.meals.entity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A school day a parent may look at ahead: whether the school published its menu, whether orders are still taken
 * (until {@code cutOff}), and where the child's order for it stands ({@code status} null: none).
 */
public record OrderDay(LocalDate date, boolean hasMenu, boolean open, Instant cutOff, PreOrderStatus status) {
}
