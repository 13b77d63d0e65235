/** The terminal registry, the message-driven consumer of the TerminalEvents queue, and what each event does. */
package org.cardhub.terminals.boundary;
