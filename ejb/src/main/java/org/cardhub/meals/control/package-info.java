/** The work of the meals' boundaries that needs their transaction: placing and closing pre-orders, posting free meals. */
package org.cardhub.meals.control;
