/**
 * What the people who run a school do with it as a whole: the director's dashboard
 * ({@link org.cardhub.schooloffice.boundary.SchoolDashboard}) — the school's attendance by day and class, the canteen's
 * meals paid and free and its revenue, the average spent per pupil, and today's pupils who have not eaten — for a period
 * and a class, to the school's director and the back office only;
 * {@link org.cardhub.schooloffice.boundary.PupilImports}: a file of pupils previewed with every bad row named, applied
 * all or nothing, its history and the printable list of the new pupils' activation codes;
 * {@link org.cardhub.schooloffice.boundary.ClassRegister}: the school's classes, their pupils and class teachers.
 */
package org.cardhub.schooloffice.boundary;
