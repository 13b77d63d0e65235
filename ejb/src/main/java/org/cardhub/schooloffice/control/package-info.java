/**
 * The dashboard's read model in SQL: set-based sums of a school's turnstile entries and of its contract's canteen
 * sales, grouped by the school's day (its time zone) and class in the database, and the page of pupils who have not
 * eaten today; nothing is read row by row into memory.
 */
package org.cardhub.schooloffice.control;
