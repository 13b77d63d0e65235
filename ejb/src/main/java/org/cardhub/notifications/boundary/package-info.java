/** Writing notifications into the outbox with the event, and delivering them afterwards. */
package org.cardhub.notifications.boundary;
