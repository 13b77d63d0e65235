/**
 * Menus and dishes with the rules of changing them (a dish's draft, a menu's revision, a week's copy), a school's canteen
 * rules (cut-off, attendance deadline, lunch time, free meal price), pre-orders and group meals with their lines and
 * states, beneficiary kinds and pupils' benefits, free meals given; a canteen's sales report (by category of customer,
 * day, dish and class) over a period, and the month's statement of the supplier's settlements.
 */
package org.cardhub.meals.entity;
