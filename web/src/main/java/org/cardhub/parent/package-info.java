/**
 * Pages of the parent's cabinet: the home with each child's card (school, balances, what can still be spent today,
 * today's summary and what to do with the card), the school day of a card (a day in full, or a line per day, a page
 * the pupil's cabinet shares); moving money between the children's purses, their limits and restrictions, and their
 * cards (lost, reissue, change of school); the notification settings.
 */
package org.cardhub.parent;
