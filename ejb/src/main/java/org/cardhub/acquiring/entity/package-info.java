/**
 * Card payments and their state machine, the acquirer's view of a payment, fees per contract, saved bank cards and
 * auto top-up rules, the top-up amount's range, the idempotence keys, the trusted notification sources and the
 * cancellation reasons with their texts.
 */
package org.cardhub.acquiring.entity;
