/**
 * Sealing and keyed hashing under the installation's key-encryption key, for the components that keep secrets.
 */
package org.cardhub.secrets.boundary;
