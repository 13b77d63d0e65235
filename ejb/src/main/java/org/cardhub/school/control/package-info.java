/** What the school's boundaries share about a pupil's card: its school's name and time zone, and its two balances. */
package org.cardhub.school.control;
