/** Terminals, their products, the events they send and the replies and rejections those get. */
package org.cardhub.terminals.entity;
