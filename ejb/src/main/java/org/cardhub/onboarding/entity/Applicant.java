package org.cardhub.onboarding.entity;

import org.cardhub.organizations.entity.Invitation;

/**
 * Who applies: their Keycloak user id (the tokens' {@code sub}), the address Keycloak confirmed and their name as
 * Keycloak has it; the back office reads the last two, the approval makes the address a company user's.
 *
 * @param name null when Keycloak has none
 */
public record Applicant(String subject, String email, String name) {

    public Applicant {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An applicant is someone signed in");
        }
        email = Invitation.email(email);
        name = name == null || name.isBlank() ? null : name.strip().substring(0, Math.min(name.strip().length(), 300));
    }
}
