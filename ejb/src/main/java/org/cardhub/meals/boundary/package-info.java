/**
 * What parents do with meals ({@link org.cardhub.meals.boundary.PreOrders}), the school day's meal work run by a timer
 * ({@link org.cardhub.meals.boundary.MealDay}), free meals ({@link org.cardhub.meals.boundary.FreeMeals}), the teachers'
 * group meals ({@link org.cardhub.meals.boundary.GroupMeals}), the canteen supplier's menus
 * ({@link org.cardhub.meals.boundary.MenuDesk}) and the published menus as the canteen terminals sell them
 * ({@link org.cardhub.meals.boundary.MenuBoard}); a school canteen's sales reports
 * ({@link org.cardhub.meals.boundary.CanteenSales}) and what its supplier is paid for them, settled day by day by a
 * timer, with the month's statement ({@link org.cardhub.meals.boundary.SupplierSettlements}).
 */
package org.cardhub.meals.boundary;
