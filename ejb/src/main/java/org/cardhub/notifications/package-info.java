/**
 * Telling parents about their children's school day — entries, exits, canteen purchases — by email, SMS
 * or push, as each parent chose. Messages leave through a transactional outbox: written with the event,
 * sent afterwards, once.
 */
package org.cardhub.notifications;
