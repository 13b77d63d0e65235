/**
 * Money operations, reached through {@link org.cardhub.payments.boundary.Payments} only: top-up, purchase, authorise and complete, reversal, transfer, staff
 * correction, auto top-up and the limit check. Each carries an idempotency key scoped to its source; the
 * same key with the same content returns the first outcome and posts nothing, with other content it is
 * refused. Expected refusals (funds, limits, card state) are outcomes, not exceptions.
 */
package org.cardhub.payments;
