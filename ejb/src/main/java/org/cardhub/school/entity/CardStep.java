package org.cardhub.school.entity;

import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.CardStatus;

import java.io.Serializable;
import java.time.Instant;

/** A step of a card's life as a parent sees it: from which status to which, why it was blocked, who did it and when. */
public record CardStep(Instant at, String actor, CardStatus from, CardStatus to, BlockReason blockReason)
        implements Serializable {
}
