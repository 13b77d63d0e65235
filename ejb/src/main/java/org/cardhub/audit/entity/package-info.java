/**
 * Audit events (who, what, when, details) and status changes of contracts and cards.
 */
package org.cardhub.audit.entity;
