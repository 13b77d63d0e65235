/**
 * Attendance records of pupils' passes through the school turnstile; linking children: the activation code, the
 * linking lock of a school contract number and what an attempt comes to; the requests and read models of a parent's
 * money, limits and card pages, with their rules (a move's range, a limit's bounds, the school's categories and hours);
 * the school day as parents and pupils read it: the day's window in the school's time zone, the ledger's movements on
 * a card told apart as meals, trips, top-ups and charges, the day's summary, and a card as the cabinet's home shows it.
 */
package org.cardhub.school.entity;
