/**
 * The partners' outbound adapter: their Keycloak clients, through Keycloak's admin REST API ({@link
 * org.cardhub.partners.control.KeycloakClients}), used only by {@code partners.boundary.PartnerDesk}.
 */
package org.cardhub.partners.control;
