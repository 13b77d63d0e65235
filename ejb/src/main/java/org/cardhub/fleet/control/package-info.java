/** The fleet read models' own helpers: the statements of a contract's transactions and of its spending by day and product. Used by {@code fleet} only. */
package org.cardhub.fleet.control;
