package org.cardhub.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cardhub.callers.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** Lets a partner check its credentials: which client it is and which roles its token carries. */
@Path("/v1/caller")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "caller", description = "Checking the partner's credentials")
@SecurityRequirement(name = "keycloak")
public class CallerResource {

    @Inject
    SecurityContext security;

    public record Caller(String name, List<String> roles) {
    }

    @GET
    @RolesAllowed({Role.Names.PARTNER_AGENT, Role.Names.PARTNER_FLEET})
    @Operation(operationId = "caller", summary = "The calling partner system and its roles")
    @APIResponse(responseCode = "200", description = "The token is valid for the partner API")
    @APIResponse(responseCode = "401", description = "No token, or an invalid or expired one")
    @APIResponse(responseCode = "403", description = "The token belongs to a person or to a client without a partner role")
    public Caller caller() {
        List<String> roles = Arrays.stream(Role.values())
                .map(Role::roleName)
                .filter(security::isCallerInRole)
                .toList();
        return new Caller(security.getCallerPrincipal().getName(), roles);
    }
}
