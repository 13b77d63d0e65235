package org.cardhub.cabinet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import org.cardhub.access.entity.Role;

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

    public String getUsername() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "" : caller.getName();
    }

    /** The person's full name from the ID token, or the user name when the realm has none. */
    public String getDisplayName() {
        return Optional.ofNullable(openId.getIdentityToken())
                .flatMap(token -> token.getJwtClaims().getStringClaim("name"))
                .filter(name -> !name.isBlank())
                .orElseGet(this::getUsername);
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
