/**
 * What the school's boundaries share and nobody else calls: a pupil's card with its school's name, time zone and two
 * balances; the rows of guardians' links and of linking locks; a card's movements, passes and dishes within a window
 * of days (every statement bounded by the window and a row limit), the cards a parent looks after or a pupil holds,
 * and their home panels.
 */
package org.cardhub.school.control;
