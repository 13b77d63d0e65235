/**
 * Writing notices into the outbox with the event ({@link org.cardhub.notifications.boundary.GuardianNotices}, which
 * joins the event's transaction: called by the school day and the components above, observing the purchases the money
 * operations announce and the cards reissued; {@link org.cardhub.notifications.boundary.LowBalanceAlerts}, observing
 * the ledger's changes of cards' purses), and email to a client company's administrators
 * ({@link org.cardhub.notifications.boundary.CompanyNotices}, likewise); parents' settings
 * ({@link org.cardhub.notifications.boundary.Notifications}) and SMS informers
 * ({@link org.cardhub.notifications.boundary.SmsInformers}, charged monthly by
 * {@link org.cardhub.notifications.boundary.SmsInformerTimer}); delivering the messages afterwards
 * ({@link org.cardhub.notifications.boundary.OutboxDispatcher}).
 */
package org.cardhub.notifications.boundary;
