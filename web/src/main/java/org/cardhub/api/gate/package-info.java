/**
 * What every machine path ({@code /api}, {@code /soap}, {@code /agent}) passes before its endpoint: the
 * request size limit, the partner's request rate, and machine-readable answers for the statuses the
 * container gives itself (401, 403, 404). Each channel is refused in its own format.
 */
package org.cardhub.api.gate;
