package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

/**
 * A pupil's part of a group meal as the pages show it: who, what became of it (held, free — «за счёт школы» — or
 * refused), why when refused or not paid, the amount, and whether serving paid it.
 */
public record GroupMealLine(long cardId, String name, GroupMealOutcome outcome, GroupMealReason reason, Amount amount,
                            boolean paid) {

    static GroupMealLine of(GroupMealPupil pupil, String name) {
        return new GroupMealLine(pupil.cardId(), name, pupil.outcome(), pupil.reason(), pupil.amount(), pupil.entryId() != null);
    }
}
