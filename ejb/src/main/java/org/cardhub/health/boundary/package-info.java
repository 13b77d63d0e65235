/**
 * Readiness of what Cardhub depends on — the database, the JMS broker and Keycloak — reported through
 * MicroProfile Health at {@code /health}, so an operator or a load balancer can see which part is down. The
 * readiness checks are the component's way in (the MicroProfile Health runtime calls them); the only boundaries that
 * are not enterprise beans.
 */
package org.cardhub.health.boundary;
