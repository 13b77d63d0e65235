/**
 * The wallet holder's cabinet (issue 25): the balance with its caps and the statement at home, transfers to a wallet
 * by phone or to a pupil's card with the receiver's masked name and a code above the threshold, the cards (a new
 * virtual or plastic one with a code, block, unblock, reissue) and the profile with identification; and the back
 * office's queue of identification requests and its page of the identification levels' caps. Every refusal and
 * decline in words, at the field it is about.
 */
package org.cardhub.wallet;
