/** The channels a message leaves by: the mail session for email; SMS and push gateways. */
package org.cardhub.notifications.control;
