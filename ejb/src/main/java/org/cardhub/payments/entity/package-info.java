/**
 * Requests and answers of money operations: keys, card and purse references, spends, outcomes, decline codes, auto top-up rules, idempotency records.
 */
package org.cardhub.payments.entity;
