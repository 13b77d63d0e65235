/**
 * The people's cabinets: one home per role under {@code /cabinet/<role>/}, the menu each role sees,
 * the signed-in user's name, and the Russian/English switch. Pages are Faces views over boundaries.
 */
package org.cardhub.cabinet;
