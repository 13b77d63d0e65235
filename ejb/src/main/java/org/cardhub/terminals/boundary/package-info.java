/**
 * The terminal registry, the message-driven consumer of the TerminalEvents queue and what each event does, and what
 * terminals fetch over signed HTTP: the stop list and their price list of a date.
 */
package org.cardhub.terminals.boundary;
