package org.cardhub.cards.boundary;

import org.cardhub.cards.entity.Vehicle;

import java.io.Serializable;

/**
 * What a fleet card is for, as its page shows it: the vehicle, plate, driver and tank, the card group it is in (or
 * none), and whether the caller may change the vehicle's description.
 */
public record CardUse(long cardId, long contractId, Vehicle vehicle, Long groupId, String group, boolean mayDescribe)
        implements Serializable {
}
