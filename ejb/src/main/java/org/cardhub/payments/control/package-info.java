/**
 * What the operations need besides the ledger: card lookup by number hash, barcode or school number; request fingerprints; the stored outcome format.
 */
package org.cardhub.payments.control;
