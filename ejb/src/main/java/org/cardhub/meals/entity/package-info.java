/**
 * Menus and dishes with the rules of changing them (a dish's draft, a menu's revision, a week's copy), a school's canteen
 * rules (cut-off, attendance deadline, lunch time, free meal price), pre-orders with their lines and states, beneficiary
 * kinds and pupils' benefits, free meals given.
 */
package org.cardhub.meals.entity;
