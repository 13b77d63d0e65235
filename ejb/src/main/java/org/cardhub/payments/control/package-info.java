/**
 * The money operations' work, one class per family, reached only through
 * {@link org.cardhub.payments.boundary.Payments} (and {@code HoldExpiry}): {@link org.cardhub.payments.control.Spending}
 * (purchases, authorisations, the spend check), {@link org.cardhub.payments.control.OfflinePurchases},
 * {@link org.cardhub.payments.control.Holds} (completion, expiry), {@link org.cardhub.payments.control.Reversals},
 * {@link org.cardhub.payments.control.TopUps}, {@link org.cardhub.payments.control.Transfers},
 * {@link org.cardhub.payments.control.Distributions} (a contract's account to and from a selection of its cards),
 * {@link org.cardhub.payments.control.Corrections}, {@link org.cardhub.payments.control.ServiceCharges} (a paid
 * service's charge to a card's purse), {@link org.cardhub.payments.control.SupplierPayouts} (a school day's canteen
 * sales settled to the school's supplier, the programme's commission kept apart), {@link org.cardhub.payments.control.AutoTopUps}. The
 * stateless beans among them are REQUIRED: the call from Payments starts one attempt's transaction. Shared
 * by them: the idempotency records ({@link org.cardhub.payments.control.OperationRecords}), purse look-up
 * ({@link org.cardhub.payments.control.Purses}), a spend's price less its tariff discount
 * ({@link org.cardhub.payments.control.Prices}), a wallet's monthly turnover ({@link org.cardhub.payments.control.Wallets}),
 * outcomes, request checks and texts; request fingerprints and the stored outcome format.
 *
 * <p>Closed months: every operation books at the time it is processed, into the open month, except the two that report
 * a sale made before — a completion (at its authorisation's time) and an offline purchase (at the terminal's time) —
 * which {@code Ledger.bookLate} books now instead when their own month has been closed meanwhile. A reversal or a
 * correction of an entry in a closed month is booked now: the closed month is never changed. Only an operation whose
 * own month is closed too (the current month frozen through {@code Bookkeeping.closeMonth}) is refused.</p>
 */
package org.cardhub.payments.control;
