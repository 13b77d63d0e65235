package org.cardhub.meals.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A group meal as the teacher's and the canteen's pages show it: the class and day, the dishes and what they cost a
 * pupil, each pupil's part, where it stands; {@code cancellable} until served and before lunch time, {@code servable}
 * by the canteen on its day. The pupils are listed by name.
 */
public record GroupMealSummary(long id, long schoolId, long classId, String className, LocalDate date, GroupMealStatus status,
                               List<OrderedDish> dishes, Amount pupilTotal, List<GroupMealLine> pupils, Instant orderedAt,
                               Instant closedAt, boolean cancellable, boolean servable) {

    public static GroupMealSummary of(GroupMeal meal, String className, Map<Long, String> names, boolean cancellable,
                                      boolean servable) {
        List<GroupMealLine> lines = meal.pupils().stream()
                .map(pupil -> GroupMealLine.of(pupil, names.getOrDefault(pupil.cardId(), "#" + pupil.cardId())))
                .sorted(Comparator.comparing(GroupMealLine::name)).toList();
        return new GroupMealSummary(meal.id(), meal.schoolId(), meal.classId(), className, meal.mealDate(), meal.status(),
                meal.dishes().stream().map(OrderedDish::of).toList(), meal.pupilTotal(), lines, meal.orderedAt(),
                meal.closedAt(), cancellable, servable);
    }

    /** The pupils whose canteen purse holds (or, served, paid) their part. */
    public long heldCount() {
        return count(GroupMealOutcome.HELD);
    }

    /** The beneficiaries the school's meal budget pays for. */
    public long freeCount() {
        return count(GroupMealOutcome.FREE);
    }

    public List<GroupMealLine> refused() {
        return pupils.stream().filter(line -> line.outcome() == GroupMealOutcome.REFUSED).toList();
    }

    /** Served, yet not paid: a hold that had ended, a budget that could not pay. */
    public List<GroupMealLine> unpaid() {
        return status != GroupMealStatus.SERVED ? List.of()
                : pupils.stream().filter(line -> line.outcome().isIn() && !line.paid()).toList();
    }

    /** What the pupils' purses hold (or paid) for it. */
    public Amount heldTotal() {
        return times(heldCount());
    }

    /** What the school's meal budget pays for it. */
    public Amount freeTotal() {
        return times(freeCount());
    }

    private long count(GroupMealOutcome outcome) {
        return pupils.stream().filter(line -> line.outcome() == outcome).count();
    }

    private Amount times(long pupilCount) {
        return Amount.ofMinorUnits(Math.multiplyExact(pupilTotal.minorUnits(), pupilCount), Currency.RUB);
    }
}
