/**
 * Reading a file of pupils (CSV in UTF-8 or windows-1251, XLSX and XLS), the school's roll the rules are checked
 * against, the transaction that applies an import, and the queries of the classes page.
 */
package org.cardhub.schooloffice.control;
