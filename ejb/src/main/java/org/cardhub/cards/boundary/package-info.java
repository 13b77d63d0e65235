/**
 * Card lifecycle as a service: ordering with generated Luhn numbers stored only hashed and sealed, school identifiers, purses, blocking, reissue with the balance, closing.
 * {@link org.cardhub.cards.boundary.CardDirectory} is the cards' read for the components above them, in their transaction
 * if they have one: the card a request names, with its contract, and the guardians of pupils' cards.
 * {@link org.cardhub.cards.boundary.CardGroups} arranges a contract's cards in groups and says what each fleet card is for.
 */
package org.cardhub.cards.boundary;
