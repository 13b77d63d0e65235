/** Pages of the pupil's cabinet: their own card with its balances, what can still be spent today and today's events. */
package org.cardhub.pupil;
