/**
 * The monthly closing documents of a fuel contract (issue 20): invoice, UPD, reconciliation act and transaction
 * report, as PDF and XLSX, and the UPD as the FNS XML (format 5.03) for electronic document exchange, issued from a
 * month whose books are closed and from its postings only, kept as issued with their SHA-256, corrected by issuing
 * the month's next version. Above {@code fleet}, whose read model {@code MonthStatements} streams the month.
 */
package org.cardhub.documents;
