/**
 * Partner systems: payment agents and fleet systems, their request rates, the payment-agent protocol's
 * check/pay/status, and the read models (contracts, cards, balances, feeds) partners are given. The programmes each
 * is contracted for are the access checks' ({@link org.cardhub.access.entity.PartnerProgram}).
 */
package org.cardhub.partners;
