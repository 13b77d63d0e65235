/**
 * The money operations as EJB boundaries: idempotent by source-scoped key, retried when they lose a race, declines as outcomes; plus the timer that expires holds.
 */
package org.cardhub.payments.boundary;
