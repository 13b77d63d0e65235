/**
 * Readiness of what Cardhub depends on — the database, the JMS broker and Keycloak — reported through
 * MicroProfile Health at {@code /health}, so an operator or a load balancer can see which part is down.
 */
package org.cardhub.health.boundary;
