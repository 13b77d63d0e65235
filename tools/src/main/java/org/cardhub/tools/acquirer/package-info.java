/**
 * The acquirer emulator: a stand-in for YooKassa (API v3), through which Cardhub takes bank-card payments, for the
 * demo and the tests — {@code POST/GET /api/v3/payments} and {@code POST/GET /api/v3/payouts} (to a bank card, decided
 * by test cards) with Basic auth and idempotence keys, the payer's checkout
 * page with test cards ({@code /checkout/{id}}), notifications to Cardhub (once, twice, late or none), recurring
 * charges of saved cards, and a control API ({@code /emulator/…}). The contract is {@code docs/acquiring-api.md}.
 *
 * <pre>
 * java -cp "tools/target/cardhub-tools.jar:tools/target/lib/*" org.cardhub.tools.acquirer.AcquirerEmulator \
 *     --port 8091 --shop-id 100500 --secret test_demo-shop-secret \
 *     --notify-url http://127.0.0.1:8080/cardhub/acquiring/yookassa/notifications
 * </pre>
 *
 * <p>{@link org.cardhub.tools.acquirer.AcquirerEmulator} wires the HTTP server; {@code ApiHandler},
 * {@code CheckoutHandler} and {@code ControlHandler} answer its three parts; {@code PaymentStore} keeps the payments,
 * idempotence keys and saved cards, {@code PayoutStore} the payouts and theirs; {@code NotificationSender} posts the
 * notifications.
 */
package org.cardhub.tools.acquirer;
