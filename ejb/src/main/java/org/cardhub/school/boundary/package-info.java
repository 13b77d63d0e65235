/**
 * Recording the school day's events (and telling the guardians, in the same transaction); what a parent sees of their
 * children and a pupil of their own card: the cards with their balances and today, and each school day in detail;
 * parents linking and unlinking children, and the back office's view of linking locks; and what a parent does with
 * their children's cards: move money between their purses, set their limits and restrictions, report a card lost,
 * have it reissued or moved to another school.
 */
package org.cardhub.school.boundary;
