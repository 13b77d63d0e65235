/**
 * The demo mail server's two doors: its REST API, which alone knows every mailbox, and IMAP, which reads a mailbox
 * (the address is the login, any password opens it) without marking anything as read; and a mail's text.
 */
package org.cardhub.demomail.control;
