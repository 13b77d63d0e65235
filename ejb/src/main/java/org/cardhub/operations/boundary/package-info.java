/**
 * {@link org.cardhub.operations.boundary.LedgerWatch} runs the ledger check on its schedule and on the back office's
 * word and keeps the latest result; {@link org.cardhub.operations.boundary.OperationsSampler} registers the gauges and
 * writes the minute samples; {@link org.cardhub.operations.boundary.OperationsBoard} is the operations page's read.
 */
package org.cardhub.operations.boundary;
