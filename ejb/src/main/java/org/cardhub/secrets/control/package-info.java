/**
 * AES-256-GCM sealing of short secrets with a versioned, self-describing format.
 */
package org.cardhub.secrets.control;
