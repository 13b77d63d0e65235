/**
 * Card lifecycle as a service: ordering with generated Luhn numbers stored only hashed and sealed, school identifiers, purses, blocking, reissue with the balance, closing.
 * {@link org.cardhub.cards.boundary.CardDirectory} is the cards' read for the components above them, in their transaction
 * if they have one: the card a request names, with its contract, and the guardians of pupils' cards.
 */
package org.cardhub.cards.boundary;
