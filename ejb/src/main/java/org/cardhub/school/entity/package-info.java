/**
 * Attendance records of pupils' passes through the school turnstile; linking children: the activation code, the
 * linking lock of a school contract number and what an attempt comes to; the requests and read models of a parent's
 * money, limits and card pages, with their rules (a move's range, a limit's bounds, the school's categories and hours).
 */
package org.cardhub.school.entity;
