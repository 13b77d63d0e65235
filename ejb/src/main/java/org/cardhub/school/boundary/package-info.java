/**
 * Recording the school day's events (and telling the guardians, in the same transaction); what a parent sees of their
 * children and a pupil of their own card: the cards with their balances and today, and each school day in detail.
 */
package org.cardhub.school.boundary;
