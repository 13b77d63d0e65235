/**
 * Secrets the server must be able to use but nobody may read from the database: terminal signing keys
 * and card numbers. They are sealed with AES-256-GCM under a key-encryption key that lives in
 * the server's configuration, not in the database ({@link org.cardhub.secrets.SealedSecrets}), and card numbers
 * are found by a keyed hash ({@link org.cardhub.secrets.SecretVault}). A kernel like {@code money}: plain Java
 * and configuration, no transaction and no boundary; it depends on nothing of Cardhub, every component may use it.
 */
package org.cardhub.secrets;
