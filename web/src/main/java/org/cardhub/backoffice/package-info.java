/**
 * Pages of the back-office cabinet: the terminal registry (terminals, their signing keys, products and prices,
 * refused messages) and what the broker could not deliver.
 */
package org.cardhub.backoffice;
