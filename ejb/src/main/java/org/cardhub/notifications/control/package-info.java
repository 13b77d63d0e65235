/**
 * What the notifications' boundaries need: the outbox writer that applies a parent's choices
 * ({@link org.cardhub.notifications.control.Outbox}), their settings read and written
 * ({@link org.cardhub.notifications.control.SettingsBook}), a reissued card's settings carried over, the SMS informer's
 * price and state read ({@link org.cardhub.notifications.control.InformerBook}) and its steps around a charge
 * ({@link org.cardhub.notifications.control.InformerLedger}); and the channels a message leaves by: the mail session
 * for email, logging SMS and push gateways for the demo.
 */
package org.cardhub.notifications.control;
