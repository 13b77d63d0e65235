/**
 * Pages of the canteen supplier's cabinet: the home with the schools the supplier feeds and their menu of today, a
 * school's menus of a week — each day's dishes edited in place, published to parents and the school's canteen
 * terminals, taken back, and a week copied onto another — and today's group meals of the teachers, marked served.
 */
package org.cardhub.canteen;
