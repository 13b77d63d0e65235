/**
 * The audit trail: every change — who (the user from the token, a partner, a terminal), what, when —
 * and the lifecycle history of contracts and cards.
 */
package org.cardhub.audit;
