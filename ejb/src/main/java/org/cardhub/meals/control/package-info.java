/**
 * The work of the meals' boundaries that needs their transaction: placing and closing pre-orders and group meals,
 * posting free meals; the queries behind the menus ({@link org.cardhub.meals.control.MenuBook}), the sales reports'
 * aggregate statements, what the settlements read, and who reads a canteen's sales.
 */
package org.cardhub.meals.control;
