/**
 * Attendance records of pupils' passes through the school turnstile; linking children: the activation code, the
 * linking lock of a school contract number and what an attempt comes to.
 */
package org.cardhub.school.entity;
