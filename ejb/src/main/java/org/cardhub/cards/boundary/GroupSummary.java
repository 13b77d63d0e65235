package org.cardhub.cards.boundary;

import java.io.Serializable;

/** A card group of a contract as its list shows it: its name and how many of the fleet's cards are in it. */
public record GroupSummary(long id, long contractId, String name, long cards) implements Serializable {

    /** Only a group without cards may be deleted. */
    public boolean isEmpty() {
        return cards == 0;
    }
}
