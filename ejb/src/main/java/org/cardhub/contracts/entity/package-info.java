/**
 * Contracts, their kinds, balance models, funding, tariffs as data, lifecycle rules and the wallet tier caps.
 */
package org.cardhub.contracts.entity;
