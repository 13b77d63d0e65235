package org.cardhub.fleet.entity;

/** Why a fill-up looks wrong to a fleet manager ({@link SuspicionRule}). */
public enum Suspicion {
    /** More litres than the tank of the card's vehicle holds. */
    OVER_TANK,
    /** Another fill-up of the same card within the rule's window, at a station farther than the rule's distance. */
    DISTANT_STATIONS
}
