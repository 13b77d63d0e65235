/**
 * The money operations' work, one class per family, reached only through
 * {@link org.cardhub.payments.boundary.Payments} (and {@code HoldExpiry}): {@link org.cardhub.payments.control.Spending}
 * (purchases, authorisations, the spend check), {@link org.cardhub.payments.control.OfflinePurchases},
 * {@link org.cardhub.payments.control.Holds} (completion, expiry), {@link org.cardhub.payments.control.Reversals},
 * {@link org.cardhub.payments.control.TopUps}, {@link org.cardhub.payments.control.Transfers},
 * {@link org.cardhub.payments.control.Distributions} (a contract's account to and from a selection of its cards),
 * {@link org.cardhub.payments.control.Corrections}, {@link org.cardhub.payments.control.AutoTopUps}. The
 * stateless beans among them are REQUIRED: the call from Payments starts one attempt's transaction. Shared
 * by them: the idempotency records ({@link org.cardhub.payments.control.OperationRecords}), purse look-up
 * ({@link org.cardhub.payments.control.Purses}), a spend's price less its tariff discount
 * ({@link org.cardhub.payments.control.Prices}), a wallet's monthly turnover ({@link org.cardhub.payments.control.Wallets}),
 * outcomes, request checks and texts; request fingerprints and the stored outcome format.
 */
package org.cardhub.payments.control;
