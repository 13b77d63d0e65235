/**
 * What the school's boundaries share and nobody else calls: a pupil's card with its school's name, time zone and two
 * balances; the rows of guardians' links and of linking locks.
 */
package org.cardhub.school.control;
