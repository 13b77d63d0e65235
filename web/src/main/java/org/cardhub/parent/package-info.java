/**
 * Pages of the parent's cabinet: the children, their balances, meals dish by dish and turnstile passes; moving money
 * between the children's purses, their limits and restrictions, and their cards (lost, reissue, change of school).
 */
package org.cardhub.parent;
