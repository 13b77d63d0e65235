/**
 * Requests and answers of money operations: keys, card and purse references, spends, outcomes, decline codes, auto top-up rules, idempotency records,
 * a distribution between a contract's account and its cards and its refusal; what a school canteen's sale is, how a
 * day's sales split between the programme and the supplier, and the settlements of those days with the sales each took;
 * and the facts they announce to the components above them within their transaction
 * ({@link org.cardhub.payments.entity.PupilPurchasePosted}).
 */
package org.cardhub.payments.entity;
