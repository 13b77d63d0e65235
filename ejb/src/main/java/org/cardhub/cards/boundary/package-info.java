/**
 * Card lifecycle as a service: ordering with generated Luhn numbers stored only hashed and sealed, school identifiers, purses, blocking, reissue with the balance, closing.
 */
package org.cardhub.cards.boundary;
