/**
 * Telling parents about their children: the school day (entries, exits, purchases), top-ups, low balances, their
 * cards, meal pre-orders and failed payments — by email, SMS or push, as each parent chose per child and kind of event;
 * and the paid SMS informer, charged monthly from the child's main purse. Messages leave through a transactional
 * outbox: written with the event, sent afterwards, once.
 */
package org.cardhub.notifications;
