/**
 * Setting spending limits and card restrictions, auditing every change with its old and new value, and checking an operation against them with an explanation of which one declined.
 */
package org.cardhub.limits.boundary;
