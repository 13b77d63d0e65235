/**
 * Partner systems: payment agents and fleet systems, the programmes each is contracted for, their request
 * rates, the payment-agent protocol's check/pay/status, and the read models (contracts, cards, balances, feeds)
 * partners are given.
 */
package org.cardhub.partners;
