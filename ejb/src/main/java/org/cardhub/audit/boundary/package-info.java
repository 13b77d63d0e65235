/**
 * Writes the audit trail and the lifecycle history inside the caller's transaction, naming the signed-in caller or the source of unattended work.
 * The audit's in-transaction face: it joins its caller's transaction and never starts one.
 */
package org.cardhub.audit.boundary;
