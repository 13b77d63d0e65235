/**
 * Writes the audit trail and the lifecycle history inside the caller's transaction, naming the signed-in caller or the source of unattended work.
 */
package org.cardhub.audit.boundary;
