/** The ledger check's runs and findings, and the metrics' minute samples with the names they are read by. */
package org.cardhub.operations.entity;
