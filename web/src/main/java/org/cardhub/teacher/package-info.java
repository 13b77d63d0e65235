/** The teacher's cabinet: a class's group meals ({@link org.cardhub.teacher.GroupMealsView}). */
package org.cardhub.teacher;
