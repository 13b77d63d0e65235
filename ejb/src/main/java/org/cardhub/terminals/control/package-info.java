/**
 * Reading terminal messages strictly and checking their signatures; the active terminals' opened signing keys,
 * kept for a few seconds; searching the terminal registry.
 */
package org.cardhub.terminals.control;
