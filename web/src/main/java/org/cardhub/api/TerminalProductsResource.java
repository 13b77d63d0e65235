package org.cardhub.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cardhub.api.problem.ApiProblem;
import org.cardhub.callers.Role;
import org.cardhub.terminals.boundary.PriceLists;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A terminal fetches what it sells on a date, at what price: its own products and its school's menu of the date. */
@Path("/v1/terminal/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "terminals", description = "Services for terminals, signed with the terminal's key")
public class TerminalProductsResource {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @EJB
    PriceLists priceLists;

    @Inject
    SecurityContext security;

    @GET
    @RolesAllowed(Role.Names.TERMINAL)
    @SecurityRequirement(name = "terminal")
    @Operation(operationId = "terminalProducts", summary = "The calling terminal's price list of a date",
            description = "Sign with 'Authorization: Terminal <id>:<unix seconds>:<HMAC-SHA256 hex of id\\nseconds\\nGET\\npath?query>'. "
                    + "A canteen terminal of a school also gets the dishes of the menu the school published for the date, each "
                    + "under the code MENU-<dish id>; a purchase item naming a code must carry its listed price.")
    @APIResponse(responseCode = "200", description = "The products, the terminal's own by code, then the menu's dishes in order")
    @APIResponse(responseCode = "400", description = "'date' is not a day such as 2026-11-23 (PARAMETER_INVALID)")
    @APIResponse(responseCode = "401", description = "Missing, stale or wrong terminal signature")
    public TerminalProductList products(@QueryParam("date")
                                        @Parameter(description = "The day, yyyy-MM-dd; today at the terminal's school when absent")
                                        String date) {
        return TerminalProductList.of(priceLists.forTerminal(security.getCallerPrincipal().getName(), day(date)));
    }

    private static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        try {
            if (DAY.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // refused below, like any other text
        }
        throw ApiProblem.badRequest("PARAMETER_INVALID", "'date' is a day such as 2026-11-23");
    }
}
