/**
 * The payment-agent protocol ("check / pay", docs/payment-agent-protocol.md) at
 * {@code /cardhub/agent}: reads the agent's parameters, refuses malformed requests with a result code and
 * writes {@link org.cardhub.partners.boundary.AgentPayments}' answers as the protocol's XML. Agents read
 * the result code, so every answer, refusals included, is HTTP 200.
 */
package org.cardhub.agent;
