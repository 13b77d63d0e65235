/** The fleet read models' own helpers: the statements of a contract's transactions. Used by {@code fleet} only. */
package org.cardhub.fleet.control;
