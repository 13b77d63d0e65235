/** Recording the school day's events (and telling the guardians, in the same transaction); what a parent sees of their children. */
package org.cardhub.school.boundary;
