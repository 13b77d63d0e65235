/**
 * Pages of the back-office cabinet: the terminal registry (terminals, their signing keys, products and prices,
 * refused messages), what the broker could not deliver, tariffs with their discounts by date, and the month close
 * (a contract's months, closed, reopened).
 */
package org.cardhub.backoffice;
