/**
 * The wallets' ways in. {@link org.cardhub.wallets.boundary.PhoneCodes} sends a one-time code to a phone and checks
 * the code typed, for anyone, signed in or not (a wallet is opened and its password reset before anyone signs in): the
 * code leaves as an SMS through the notifications' outbox ({@code PersonNotices.codeBySms}, its text forgotten once sent), is kept only as a keyed hash,
 * and is spent when accepted. What the page may say — sent, too soon for another, blocked until, wrong with attempts
 * left, expired — is a value; only malformed input is refused.
 */
package org.cardhub.wallets.boundary;
