/**
 * Setting spending limits and card restrictions, auditing every change with its old and new value
 * ({@link org.cardhub.limits.boundary.Limits}); what a card can still spend today under its limits, as they are or as
 * a change would make them ({@link org.cardhub.limits.boundary.Allowances}); a limit template applied to all cards of a
 * card group at once ({@link org.cardhub.limits.boundary.LimitTemplates}); and, in the money operations' transaction,
 * checking an operation against them with an explanation of which one declined
 * ({@link org.cardhub.limits.boundary.LimitChecks}).
 */
package org.cardhub.limits.boundary;
