/**
 * Terminals, their products and price lists of a date, an active terminal as a message is checked against it, the
 * events they send and the replies and rejections those get.
 */
package org.cardhub.terminals.entity;
