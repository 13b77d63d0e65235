/**
 * Pages of the parent's cabinet: the home with each child's card (school, balances, what can still be spent today,
 * today's summary and what to do with the card), the school day of a card (a day in full, or a line per day), and
 * the notification settings. The school day page serves the pupil's cabinet too.
 */
package org.cardhub.parent;
