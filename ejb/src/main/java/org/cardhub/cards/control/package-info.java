/**
 * What the cards' boundaries share and must not be called from outside: {@link org.cardhub.cards.control.NewCards}
 * makes a card in the caller's transaction, whether staff order it one by one, a company's order makes virtual cards at
 * once or the back office issues plastic ones from a stock batch.
 */
package org.cardhub.cards.control;
