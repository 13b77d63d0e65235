/**
 * The school staff's cabinets benchmark (issue 22): a school of 1 500 pupils in 50 classes with a school year of events
 * — passes, canteen purchases dish by dish, free meals, top-ups — written into Cardhub's PostgreSQL by COPY, the
 * teacher's, director's and canteen supplier's pages timed through signed-in sessions, and a file of 1 500 pupils for
 * the import.
 */
package org.cardhub.tools.school;
