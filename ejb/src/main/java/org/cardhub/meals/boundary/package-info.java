/**
 * What parents do with meals ({@link org.cardhub.meals.boundary.PreOrders}), the school day's meal work run by a timer
 * ({@link org.cardhub.meals.boundary.MealDay}), free meals ({@link org.cardhub.meals.boundary.FreeMeals}), the canteen
 * supplier's menus ({@link org.cardhub.meals.boundary.MenuDesk}) and the published menus as the canteen terminals sell
 * them ({@link org.cardhub.meals.boundary.MenuBoard}).
 */
package org.cardhub.meals.boundary;
