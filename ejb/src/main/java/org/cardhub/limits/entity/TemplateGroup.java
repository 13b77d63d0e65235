package org.cardhub.limits.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A card group as a limit template meets it: its name, its contract, and the cards a template changes (those that can
 * still spend: not closed, not replaced by a reissue), by their masked numbers.
 */
public record TemplateGroup(long id, String name, long contractId, List<String> cards) implements Serializable {

    public TemplateGroup {
        cards = List.copyOf(cards);
    }
}
