/**
 * How the partner API says no: every error is an RFC 9457 problem ({@code application/problem+json})
 * with a stable {@code code}; the domain's refusals, invalid fields, unreadable bodies, HTTP-level errors
 * and our own failures each have their mapper, and no caller ever sees a stack trace.
 */
package org.cardhub.api.problem;
