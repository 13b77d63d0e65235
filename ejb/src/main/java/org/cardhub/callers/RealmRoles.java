package org.cardhub.callers;

/**
 * The realm roles of people's accounts at the identity provider, for a component that makes someone what they became —
 * a self-registered applicant who linked a child is a parent from then on — without knowing the identity provider.
 * Asked like {@link ObjectAccess}: CDI injects the answer, Keycloak's admin API in the {@code fleet} component.
 * It joins the caller's transaction: what it did is undone at the identity provider when that does not commit.
 */
public interface RealmRoles {

    /**
     * Gives the person the role unless their account holds it already.
     *
     * @param subject the person's immutable id (the tokens' {@code sub})
     * @return whether the role was given now
     */
    boolean grant(String subject, Role role);
}
