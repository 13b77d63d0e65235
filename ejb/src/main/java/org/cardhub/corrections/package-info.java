/**
 * Corrections and reversals under four eyes: a back-office person proposes a correction of a purse or the reversal of
 * a posted operation with a reason; below the threshold of its currency it is posted at once, at or above it a second
 * back-office person approves or rejects it. The money moves through {@code payments}, once per proposal.
 */
package org.cardhub.corrections;
