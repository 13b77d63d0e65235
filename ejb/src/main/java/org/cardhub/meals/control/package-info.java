/**
 * The work of the meals' boundaries that needs their transaction: placing and closing pre-orders, posting free meals;
 * the sales reports' aggregate statements, what the settlements read, and who reads a canteen's sales.
 */
package org.cardhub.meals.control;
