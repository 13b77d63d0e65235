/**
 * The acquirer's HTTP client and JSON, the settings, the payments' rows and the transactions that change them: opening
 * a payment, applying the acquirer's answer (credit, cancel) and starting an auto top-up's charge.
 */
package org.cardhub.acquiring.control;
