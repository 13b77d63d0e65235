/**
 * The dashboard's figures and their rules: the period a director looks at (today, this week, this month or their own
 * days, never past the school's today nor longer than a year), what the database's counts come to per day and class,
 * the average spent per pupil (none when nobody is counted), and a pupil who has not eaten today; the rules of a
 * school's lists: a file's rows and what is wrong with them, the plan of an import against the school's roll (who is
 * new, who moved, which classes and benefits change), the import's history, and the refusals.
 */
package org.cardhub.schooloffice.entity;
