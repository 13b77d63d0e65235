package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A child's pre-order as a parent sees it; {@code changeable} while its day still takes orders. */
public record PreOrderSummary(long id, long cardId, LocalDate date, PreOrderStatus status, Amount total,
                              List<OrderedDish> dishes, Instant placedAt, Instant closedAt, boolean changeable) {

    public static PreOrderSummary of(PreOrder order, boolean dayOpen) {
        return new PreOrderSummary(order.id(), order.cardId(), order.mealDate(), order.status(), order.total(),
                order.lines().stream().map(OrderedDish::of).toList(), order.placedAt(), order.closedAt(),
                dayOpen && (order.status() == PreOrderStatus.WAITING || order.status() == PreOrderStatus.CANCELLED));
    }
}
