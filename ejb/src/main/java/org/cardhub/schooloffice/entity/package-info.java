/**
 * The dashboard's figures and their rules: the period a director looks at (today, this week, this month or their own
 * days, never past the school's today nor longer than a year), what the database's counts come to per day and class
 * (a day nobody came through the turnstiles is no school day and has no absences), the average spent per pupil (none
 * when nobody is counted), and a pupil who has not eaten today.
 */
package org.cardhub.schooloffice.entity;
