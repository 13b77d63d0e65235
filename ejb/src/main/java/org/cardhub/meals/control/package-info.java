/**
 * The work of the meals' boundaries that needs their transaction: placing and closing pre-orders, posting free meals;
 * and the queries behind the menus ({@link org.cardhub.meals.control.MenuBook}).
 */
package org.cardhub.meals.control;
