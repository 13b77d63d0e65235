package org.cardhub.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cardhub.callers.Role;
import org.cardhub.terminals.boundary.StopLists;
import org.cardhub.terminals.entity.StopListPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Terminals fetch the cards they must refuse: all of them, or the changes since the version they have. */
@Path("/v1/terminal/stop-list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "terminals", description = "Services for terminals, signed with the terminal's key")
public class StopListResource {

    @EJB
    StopLists stopLists;

    @Inject
    SecurityContext security;

    @GET
    @RolesAllowed(Role.Names.TERMINAL)
    @SecurityRequirement(name = "terminal")
    @Operation(operationId = "stopListChanges", summary = "Blocked cards for the calling terminal, as changes after a version",
            description = "Sign with 'Authorization: Terminal <id>:<unix seconds>:<HMAC-SHA256 hex of id\\nseconds\\nGET\\npath?query>'. "
                    + "Cards are matched by the HMAC-SHA256 of their number under the terminal's own key.")
    @APIResponse(responseCode = "200", description = "Changes in version order; fetch again from 'version' while 'more' is true")
    @APIResponse(responseCode = "400", description = "'since' is not a whole number of 0 or more (PARAMETER_INVALID)")
    @APIResponse(responseCode = "401", description = "Missing, stale or wrong terminal signature")
    public StopListPage changes(@QueryParam("since") @DefaultValue("0")
                                @Parameter(description = "The version the terminal has; 0 for the whole list") String since) {
        return stopLists.changesSince(security.getCallerPrincipal().getName(),
                QueryParameters.nonNegativeLong("since", since));
    }
}
