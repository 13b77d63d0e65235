/**
 * Pages of the back-office cabinet: the terminal registry (terminals, their signing keys, products and prices,
 * refused messages), what the broker could not deliver, and tariffs with their discounts by date.
 */
package org.cardhub.backoffice;
