/**
 * A wallet holder's phone (issue 25, seed 002) as plain rules before they are mapped: a Russian mobile
 * {@link org.cardhub.wallets.entity.PhoneNumber} in one normal form, and the one-time codes sent to it for a
 * {@link org.cardhub.wallets.entity.CodePurpose} — a {@link org.cardhub.wallets.entity.PhoneCode} kept only as a keyed
 * hash, valid five minutes, spent once, replaced by a new one at most once a minute, and five wrong codes of a number and
 * purpose (counted across the codes that replace each other) blocking it for an hour. What a sending or a check comes to
 * is a value ({@link org.cardhub.wallets.entity.CodeSending}, {@link org.cardhub.wallets.entity.CodeCheck}); only
 * malformed input is a {@link org.cardhub.wallets.entity.PhoneCodeRefusal}.
 */
package org.cardhub.wallets.entity;
