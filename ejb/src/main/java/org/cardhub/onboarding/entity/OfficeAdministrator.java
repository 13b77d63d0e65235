package org.cardhub.onboarding.entity;

import java.io.Serializable;

/**
 * The company's person the back office invites with a contract signed at an office: Keycloak sends them the mail to
 * set a password, and they administer the company's cards and users.
 */
public record OfficeAdministrator(String email, String firstName, String lastName) implements Serializable {
}
