/**
 * Setting spending limits and card restrictions, auditing every change with its old and new value
 * ({@link org.cardhub.limits.boundary.Limits}); and, in the money operations' transaction, checking an operation
 * against them with an explanation of which one declined ({@link org.cardhub.limits.boundary.LimitChecks}).
 */
package org.cardhub.limits.boundary;
