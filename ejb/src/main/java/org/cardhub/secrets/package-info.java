/**
 * Secrets the server must be able to use but nobody may read from the database: terminal signing keys
 * and, later, card numbers. They are sealed with AES-256-GCM under a key-encryption key that lives in
 * the server's configuration, not in the database.
 */
package org.cardhub.secrets;
