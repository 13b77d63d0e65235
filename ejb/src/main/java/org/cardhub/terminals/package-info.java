/**
 * Terminals — fuel POS, canteen POS, turnstiles, transport validators and cash kiosks — send signed
 * events over JMS (the terminal protocol); this component registers them, checks and parses their
 * messages and turns each event into exactly one effect, whatever the broker redelivers.
 */
package org.cardhub.terminals;
