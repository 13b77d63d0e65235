package org.cardhub.schooloffice.entity;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * The activation codes an import's new cards were given, by card, at the one moment they exist in clear: when the cards
 * are made, or when the school issues new codes for a list printed later. The database keeps only their keyed hashes, so
 * whoever prints the list holds these until then (the cabinet keeps them in the person's session, never on disk).
 */
public record IssuedCodes(long importId, Map<Long, String> byCard) implements Serializable {

    public IssuedCodes {
        byCard = Map.copyOf(byCard);
    }

    public Optional<String> of(long cardId) {
        return Optional.ofNullable(byCard.get(cardId));
    }

    @Override
    public String toString() {
        return "IssuedCodes[import " + importId + ", " + byCard.size() + " codes hidden]";
    }
}
