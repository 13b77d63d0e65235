package org.cardhub.meals.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A class's day as the group meal page shows it: the day's published menu (no dishes: none published), whether a group
 * meal may be ordered for it now or why not ({@code closed}), today's deadline, and the pupils with their balances.
 */
public record GroupMealDay(long classId, String className, String timeZone, LocalDate date, LocalDate today,
                           LocalDate lastDay, InvalidGroupMealException.Code closed, Instant deadline,
                           List<DishOffer> dishes, List<GroupMealCandidate> pupils) {

    public boolean hasMenu() {
        return !dishes.isEmpty();
    }

    public boolean isOpen() {
        return closed == null && hasMenu();
    }
}
