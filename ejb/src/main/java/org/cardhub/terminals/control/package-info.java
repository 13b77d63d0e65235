/**
 * Reading terminal messages strictly and checking their signatures; the active terminals' opened signing keys,
 * kept for a few seconds; searching the terminal registry; a terminal's price list of a date (its products and its
 * school's published menu).
 */
package org.cardhub.terminals.control;
