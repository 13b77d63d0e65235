package org.cardhub.school.entity;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * The limits page of a child's card: the rules a parent sets as they stand, what the child can still spend today, and
 * every change of them, newest first.
 *
 * @param changeable false for a card replaced or closed, whose rules are history only
 * @param zone       the school's time zone, in which its day and the changes' times are told
 */
public record ChildRules(long cardId, String name, String cardMasked, ZoneId zone, boolean changeable, PupilRules rules,
                         SpendableToday today, List<RuleChange> history) implements Serializable {

    public ChildRules {
        history = List.copyOf(history);
    }
}
