package org.cardhub.signin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import org.cardhub.callers.Role;

/**
 * The cabinets' sign-in: Keycloak's authorization code flow, the user's realm roles from the
 * {@code groups} claim, the caller's name the user's immutable Keycloak id ({@code sub}) — what contracts, cards
 * and organisations are linked to, so a user name registered anew inherits nothing — and a sign-out that ends the Keycloak session too. Keycloak returns to
 * {@link SignInCallbackServlet}; Soteria's own return to the original resource is off because it loses the
 * request parameters of the restored request (a NullPointerException in Faces).
 */
@ApplicationScoped
@DeclareRoles({Role.Names.BACKOFFICE, Role.Names.CORPORATE, Role.Names.PARENT, Role.Names.PUPIL,
        Role.Names.TEACHER, Role.Names.CANTEEN, Role.Names.DIRECTOR, Role.Names.CENTER, Role.Names.WALLET,
        Role.Names.PARTNER_AGENT, Role.Names.PARTNER_FLEET, Role.Names.PARTNER_BONUS, Role.Names.TERMINAL, Role.Names.APPLICANT})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "sub", callerGroupsClaim = SignInDefinition.GROUPS_CLAIM),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
public class SignInDefinition {

    /** The tokens' claim with the person's realm roles. */
    static final String GROUPS_CLAIM = "groups";
}
