package org.cardhub.tools.simulator;

/** Which terminals a card of the card list is presented at. */
enum CardGroup {
    /** Fleet fuel cards, used at fuel POS. */
    FUEL,
    /** Pupils' cards or school contract numbers, used at the canteen, turnstile, bus and kiosk. */
    SCHOOL,
    /** Any terminal. */
    ANY
}
