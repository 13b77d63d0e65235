/**
 * Recording the school day's events (and telling the guardians, in the same transaction); what a parent sees of their
 * children; parents linking and unlinking children, and the back office's view of linking locks.
 */
package org.cardhub.school.boundary;
