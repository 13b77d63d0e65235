/** The back office's desk of corrections: propose, approve, reject, list. */
package org.cardhub.corrections.boundary;
