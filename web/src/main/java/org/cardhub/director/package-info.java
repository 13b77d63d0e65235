/**
 * Pages of the director's cabinet: the home, the school's dashboard (attendance by day and class, meals paid and free,
 * the canteen's revenue, the average per pupil and today's pupils who have not eaten, for a period and a class, as
 * charts with their figures), and its export as a workbook.
 */
package org.cardhub.director;
