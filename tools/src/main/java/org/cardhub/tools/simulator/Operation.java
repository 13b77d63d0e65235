package org.cardhub.tools.simulator;

/**
 * What a simulated terminal does in one step of the load. Mostly one event; {@link #AUTHORIZE_COMPLETE} is a fuel
 * pre-authorisation followed, once approved, by its completion.
 */
enum Operation {
    AUTHORIZE_COMPLETE,
    PURCHASE,
    ENTRY,
    EXIT,
    FARE,
    CASH_IN,
    REVERSAL
}
