/**
 * The double-entry ledger's service: accounts locked in id order, balanced entries booked outside closed months, holds, and the self-check that recomputes balances from postings.
 */
package org.cardhub.ledger.boundary;
