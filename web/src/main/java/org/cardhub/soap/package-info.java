/**
 * SOAP endpoints under {@code /cardhub/soap} for partners that speak SOAP; WSDL served by the
 * application, target namespace {@code urn:cardhub:soap:v1}, bearer tokens as for REST.
 */
package org.cardhub.soap;
