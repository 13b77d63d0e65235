/**
 * The wallets' own helpers, used by nobody else: {@link org.cardhub.wallets.control.PhoneCodeBook} finds the latest
 * one-time code of a number and purpose under its row lock, so concurrent checks of one number queue there and each
 * sees the count of wrong codes the previous one left, and keeps the new codes; {@link
 * org.cardhub.wallets.control.CodeTexts} words the SMS that carries a code.
 */
package org.cardhub.wallets.control;
