/**
 * The dashboard's read model in SQL: set-based sums of a school's turnstile entries and of its contract's canteen
 * sales, grouped by the school's day (its time zone) and class in the database, and the page of pupils who have not
 * eaten today; reading a file of pupils (CSV in UTF-8 or windows-1251, XLSX and XLS), the school's roll the rules are
 * checked against, the transaction that applies an import, and the queries of the classes page.
 */
package org.cardhub.schooloffice.control;
