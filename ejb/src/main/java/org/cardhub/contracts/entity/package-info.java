/**
 * Contracts, their kinds, balance models, funding, tariffs as data (families and options, discount rows with their
 * scope, rate and dates, which row prices a sale, how a price is discounted), lifecycle rules, the wallets' identification
 * levels as data (each tier's caps, changed by the back office, never below the non-identified level's for the
 * identified one) and the refusals of a contract that is not active or a wallet over its caps.
 */
package org.cardhub.contracts.entity;
