/**
 * Attendance records of pupils' passes through the school turnstile; the requests and read models of a parent's money,
 * limits and card pages, with their rules (a move's range, a limit's bounds, the school's categories and hours).
 */
package org.cardhub.school.entity;
