/** Attendance records of pupils' passes through the school turnstile. */
package org.cardhub.school.entity;
