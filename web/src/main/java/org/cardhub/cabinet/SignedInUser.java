package org.cardhub.cabinet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import org.cardhub.callers.Role;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/** Who is looking at the page, as the identity provider told us. */
@Named
@RequestScoped
public class SignedInUser {

    @Inject
    SecurityContext security;

    @Inject
    OpenIdContext openId;

    /** The user name to show; the caller's name is their immutable Keycloak id, which means nothing to them. */
    public String getUsername() {
        return claim("preferred_username").orElse("");
    }

    /** The person's immutable Keycloak id (the tokens' {@code sub}): what their data is linked to. */
    public String getSubject() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "" : caller.getName();
    }

    /** The person's full name from the ID token, or the user name when the realm has none. */
    public String getDisplayName() {
        return claim("name").orElseGet(this::getUsername);
    }

    /** The address Keycloak has for the person (confirmed: the realm verifies addresses), or empty. */
    public String getEmail() {
        return claim("email").orElse("");
    }

    /** Whether the person holds the role now, as the tokens of this sign-in say. */
    public boolean holds(Role role) {
        return security.isCallerInRole(role.roleName());
    }

    private Optional<String> claim(String name) {
        return Optional.ofNullable(openId.getIdentityToken())
                .flatMap(token -> token.getJwtClaims().getStringClaim(name))
                .filter(value -> !value.isBlank());
    }

    /** The first cabinet this person's roles open; people normally have exactly one role. */
    public Optional<Cabinet> cabinet() {
        return Arrays.stream(Role.values())
                .filter(Role::hasCabinet)
                .filter(role -> security.isCallerInRole(role.roleName()))
                .findFirst()
                .flatMap(Cabinet::of);
    }
}
