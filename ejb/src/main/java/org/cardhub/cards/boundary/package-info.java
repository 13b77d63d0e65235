/**
 * Card lifecycle as a service: ordering with generated Luhn numbers stored only hashed and sealed, school identifiers, purses, blocking, reissue with the balance, closing.
 * {@link org.cardhub.cards.boundary.CardDirectory} is the cards' read for the components above them, in their transaction
 * if they have one: the card a request names, with its contract, and the guardians of pupils' cards.
 * {@link org.cardhub.cards.boundary.CardGroups} arranges a contract's cards in groups and says what each fleet card is for.
 * {@link org.cardhub.cards.boundary.CardOrders} is a company's card orders (virtual cards at once, plastic ones from
 * stock), {@link org.cardhub.cards.boundary.CardOrderQueue} the back office's side of them (issue from a stock batch,
 * deliver) and {@link org.cardhub.cards.boundary.StockBatches} the stock of blank cards by number range.
 * {@link org.cardhub.cards.boundary.SchoolChanges} moves a pupil's card to another school: a new card there, the balance moved.
 */
package org.cardhub.cards.boundary;
