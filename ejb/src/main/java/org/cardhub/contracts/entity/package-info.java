/**
 * Contracts, their kinds, balance models, funding, tariffs as data, lifecycle rules, the wallet tier caps and
 * the refusals of a contract that is not active or a wallet over its caps.
 */
package org.cardhub.contracts.entity;
