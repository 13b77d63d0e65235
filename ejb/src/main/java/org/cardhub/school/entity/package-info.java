/**
 * Pupils' passes through the school turnstile (attendance), and the school day as parents and pupils read it: the
 * day's window in the school's time zone, the ledger's movements on a card told apart as meals, trips, top-ups and
 * charges, the day's summary, and a card as the cabinet's home shows it.
 */
package org.cardhub.school.entity;
