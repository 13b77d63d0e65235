/**
 * Cards — their holder, form, status and its changes (block reasons, reissue), the guardians of a pupil's card
 * ({@link org.cardhub.cards.entity.CardGuardian}) — and the numbers printed on and
 * encoded in them: the primary account number
 * ({@link org.cardhub.cards.entity.CardNumber}, Luhn-checked and masked whenever it is shown or logged),
 * the EAN-13 {@link org.cardhub.cards.entity.Barcode} of barcode cards and the 8-digit
 * {@link org.cardhub.cards.entity.SchoolContractNumber} of a pupil's card. Each is an immutable value
 * that cannot hold a malformed number; refusals are
 * {@link org.cardhub.cards.entity.InvalidCardIdentifierException}s with a stable code. A company's
 * {@link org.cardhub.cards.entity.CardOrder} (its lines, its {@link org.cardhub.cards.entity.Delivery}) and the stock
 * of blank cards ({@link org.cardhub.cards.entity.StockBatch}, its {@link org.cardhub.cards.entity.NumberRange}) keep
 * their rules too.
 */
package org.cardhub.cards.entity;
