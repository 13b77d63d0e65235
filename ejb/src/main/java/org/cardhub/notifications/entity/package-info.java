/** Parents' notification preferences and the outbox of messages to send. */
package org.cardhub.notifications.entity;
