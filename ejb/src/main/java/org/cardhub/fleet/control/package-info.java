/**
 * The fleet read models' own helpers: the statements of a contract's transactions, of its spending by day and product,
 * of the suspicious fill-ups and of the distant fill-ups behind one, and the outbound adapter to Keycloak's admin API
 * for company users. Used by {@code fleet} only.
 */
package org.cardhub.fleet.control;
