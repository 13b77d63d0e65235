/** The back office's read-only view of the demo mailbox: the latest mails, and one mail's text. */
package org.cardhub.demomail.boundary;
