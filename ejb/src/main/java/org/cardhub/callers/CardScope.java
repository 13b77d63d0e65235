package org.cardhub.callers;

import java.io.Serializable;
import java.util.Set;

/**
 * The cards of a contract a caller sees: all of them, or only those of chosen card groups (a fleet manager
 * given one department). Queries over a contract's cards narrow themselves by it in the database.
 */
public record CardScope(boolean allCards, Set<Long> groupIds) implements Serializable {

    public static final CardScope ALL = new CardScope(true, Set.of());

    public CardScope {
        groupIds = Set.copyOf(groupIds);
    }

    public static CardScope ofGroups(Set<Long> groupIds) {
        return new CardScope(false, groupIds);
    }

    public boolean covers(Long groupId) {
        return allCards || groupId != null && groupIds.contains(groupId);
    }
}
