/**
 * What the people who run a school read of it as a whole: the director's dashboard ({@code SchoolDashboard}) — the
 * school's attendance by day and class, the canteen's meals paid and free and its revenue, the average spent per
 * pupil, and today's pupils who have not eaten — for a period and a class, to the school's director and the back
 * office only.
 */
package org.cardhub.schooloffice.boundary;
