/**
 * The money kernel every component shares, depending on nothing but the refusal kernel: an
 * {@link org.cardhub.money.Amount} is a whole number of minor units (kopecks, millilitres, hundredths of a bonus
 * point) together with its {@link org.cardhub.money.Currency}, so no amount is ever rounded, wrapped or silently
 * mixed with another currency. Parsing is strict because amounts arrive from partners, terminals and forms; every
 * refusal is an {@link org.cardhub.money.InvalidAmountException}, a {@link org.cardhub.refusal.Refusal} with a
 * stable code that adapters translate. Plain Java; the only Jakarta API it uses is JPA's, for
 * {@link org.cardhub.money.RoublesAsKopecksConverter}, which maps a rouble amount onto a column of kopecks.
 */
package org.cardhub.money;
