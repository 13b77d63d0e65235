/** The canteen supplier's cabinet: today's group meals of the schools it supplies ({@link org.cardhub.canteen.CanteenGroupMealsView}). */
package org.cardhub.canteen;
