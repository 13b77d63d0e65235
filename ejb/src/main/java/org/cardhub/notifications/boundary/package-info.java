/**
 * Writing notifications into the outbox with the event ({@link org.cardhub.notifications.boundary.GuardianNotices},
 * which joins the event's transaction: called by the school day, and observing the purchases the money operations
 * announce), and email to a client company's administrators ({@link org.cardhub.notifications.boundary.CompanyNotices},
 * likewise: its closing documents are ready); parents' choices, and delivering the messages afterwards.
 */
package org.cardhub.notifications.boundary;
