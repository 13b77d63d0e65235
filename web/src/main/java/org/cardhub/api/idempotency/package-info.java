/**
 * Partner writes under an {@code Idempotency-Key}: done once, answered the same way on every repeat,
 * on top of the claims {@code PartnerRequests} keeps in the database.
 */
package org.cardhub.api.idempotency;
