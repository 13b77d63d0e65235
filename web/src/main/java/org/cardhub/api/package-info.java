/**
 * The partner REST API under {@code /cardhub/api}: JSON over the same boundaries the cabinets use,
 * authenticated with realm bearer tokens and authorised by realm role.
 */
package org.cardhub.api;
