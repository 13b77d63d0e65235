/**
 * The demo's mailbox: what the launcher's own mail server (GreenMail, on this machine) received — Keycloak's mails to
 * confirm an address or reset a password, the application's notices — read-only, for the back office to see in a
 * browser and follow a mail's link. It exists only where the launcher runs that server; an installation that sends
 * through a real relay (production) has no such mailbox, and the page says so.
 */
package org.cardhub.demomail;
