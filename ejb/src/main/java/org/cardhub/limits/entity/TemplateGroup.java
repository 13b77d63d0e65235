package org.cardhub.limits.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A card group as a limit template meets it: its name, its contract, and the cards a template changes (those that can
 * still spend: not closed, not replaced by a reissue), by their masked numbers.
 *
 * @param mayApply the caller holds the right to change limits at the group's company (the boundary still asks it of
 *                 every card when a template is applied)
 */
public record TemplateGroup(long id, String name, long contractId, List<String> cards, boolean mayApply) implements Serializable {

    public TemplateGroup {
        cards = List.copyOf(cards);
    }
}
