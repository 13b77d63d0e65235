/** Look-ups of contracts for other components, within their callers' transactions. */
package org.cardhub.contracts.control;
