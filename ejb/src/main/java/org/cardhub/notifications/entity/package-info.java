/**
 * Parents' addresses and their choices per child and kind of notice (with the defaults of each kind), low-balance
 * thresholds with their state, the SMS informer and its price per school contract, the values of the settings page,
 * the Russian words of the notices, and the outbox of messages to send.
 */
package org.cardhub.notifications.entity;
