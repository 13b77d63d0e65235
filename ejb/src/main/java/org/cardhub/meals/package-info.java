/**
 * School meals: the canteen's menus by school and date, parents' pre-orders of dishes held on a child's canteen purse
 * and settled or released on the day, and free meals for beneficiary pupils paid from the school's meal budget.
 */
package org.cardhub.meals;
