/**
 * What parents do with meals ({@link org.cardhub.meals.boundary.PreOrders}), the school day's meal work run by a timer
 * ({@link org.cardhub.meals.boundary.MealDay}), and free meals ({@link org.cardhub.meals.boundary.FreeMeals}).
 */
package org.cardhub.meals.boundary;
