/**
 * The signed-in person's OpenID Connect context as the cabinets keep it in the HTTP session: Jakarta Security's own,
 * made serializable so a cluster can copy the session to another server.
 */
package org.cardhub.callers.signin;
