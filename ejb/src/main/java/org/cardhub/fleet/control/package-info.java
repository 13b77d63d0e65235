/**
 * The fleet read models' own helpers: the statements of a contract's transactions, of the suspicious fill-ups and of
 * the distant fill-ups behind one. Used by {@code fleet} only.
 */
package org.cardhub.fleet.control;
