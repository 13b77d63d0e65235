/**
 * SOAP endpoints under {@code /cardhub/soap} for partners that speak SOAP, each a thin adapter over a
 * boundary with its WSDL served by the application: {@code /soap/caller} (namespace
 * {@code urn:cardhub:soap:v1}), {@code /soap/agent} (the payment-agent protocol,
 * {@code urn:cardhub:soap:agent:v1}) and {@code /soap/card} (cards, balances, feeds, blocking,
 * {@code urn:cardhub:soap:card:v1}). Bearer tokens as for REST. The boundaries' records are mapped to
 * JAXB classes here; refusals are {@link org.cardhub.soap.CardhubFault}s with a stable code.
 */
package org.cardhub.soap;
