/**
 * Contracts from application to closing, with their accounts opened and every status change recorded with who and why.
 */
package org.cardhub.contracts.boundary;
