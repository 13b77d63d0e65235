/**
 * The wallet's public pages (issue 25), open to anyone before signing in: opening a wallet by phone
 * ({@code /wallet/open.xhtml}) and setting a new password with a code ({@code /wallet/reset.xhtml}). Each asks a code
 * to the phone first, then the rest; every refusal is said in words at the input it is about.
 */
package org.cardhub.wallet.open;
