package org.cardhub.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cardhub.callers.Role;
import org.cardhub.api.problem.Problem;
import org.cardhub.partners.boundary.Statements;
import org.cardhub.partners.boundary.Partners;
import org.cardhub.partners.entity.ContractView;
import org.cardhub.partners.entity.FeedPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contracts a partner serves: their balances, their cards and their movements. */
@Path("/v1/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PARTNER_AGENT, Role.Names.PARTNER_FLEET})
@Tag(name = "contracts", description = "Contracts the calling partner serves")
@SecurityRequirement(name = "keycloak")
@APIResponse(responseCode = "401", description = "No token, or an invalid or expired one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The token carries no partner role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "429", description = "Over the partner's request rate (code RATE_LIMITED)",
        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class ContractsResource {

    @EJB
    Partners partners;

    @EJB
    Statements statements;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listContracts", summary = "The contracts the partner serves, with their balances",
            description = "Ordered by contract number; page with offset and limit.")
    @APIResponse(responseCode = "200", description = "A page of contracts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ContractList")))
    @APIResponse(responseCode = "400", description = "offset or limit out of range (RANGE_INVALID, PARAMETER_INVALID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ContractList contracts(
            @QueryParam("offset") @DefaultValue("0")
            @Parameter(description = "How many contracts to skip", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            String offset,
            @QueryParam("limit") @DefaultValue(QueryParameters.DEFAULT_LIMIT)
            @Parameter(description = "The most to return, 1 to 500",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
            String limit) {
        int first = QueryParameters.integer("offset", offset);
        int size = QueryParameters.integer("limit", limit);
        return new ContractList(partners.contracts(first, size), first, size);
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getContract", summary = "One contract with its balances")
    @APIResponse(responseCode = "200", description = "The contract",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ContractView")))
    @APIResponse(responseCode = "404", description = "No such contract among those the partner serves (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ContractView contract(@PathParam("number") @Parameter(description = "The contract number", example = "S-00000001")
                                 String number) {
        return partners.contract(number);
    }

    @GET
    @Path("{number}/cards")
    @Operation(operationId = "listContractCards", summary = "The cards of a contract",
            description = "Ordered by card id; page with offset and limit.")
    @APIResponse(responseCode = "200", description = "A page of cards",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CardList")))
    @APIResponse(responseCode = "400", description = "offset or limit out of range (RANGE_INVALID, PARAMETER_INVALID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such contract among those the partner serves (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CardList cards(
            @PathParam("number") @Parameter(description = "The contract number", example = "F-00000001") String number,
            @QueryParam("offset") @DefaultValue("0")
            @Parameter(description = "How many cards to skip", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            String offset,
            @QueryParam("limit") @DefaultValue(QueryParameters.DEFAULT_LIMIT)
            @Parameter(description = "The most to return, 1 to 500",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
            String limit) {
        int first = QueryParameters.integer("offset", offset);
        int size = QueryParameters.integer("limit", limit);
        return new CardList(partners.cards(number, first, size), first, size);
    }

    @GET
    @Path("{number}/transactions")
    @Operation(operationId = "contractTransactions", summary = "The movements of a contract's accounts, newest first",
            description = "Pages are joined by nextCursor (also given as a Link header with rel=\"next\"); "
                    + "from (inclusive) and to (exclusive) limit the time of booking.")
    @APIResponse(responseCode = "200", description = "A page of the feed",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" while older entries remain",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FeedPage")))
    @APIResponse(responseCode = "400", description = "A bad cursor (CURSOR_INVALID), from not before to or limit out of range "
            + "(RANGE_INVALID), or a parameter that cannot be read (PARAMETER_INVALID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such contract among those the partner serves (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response transactions(
            @PathParam("number") @Parameter(description = "The contract number", example = "S-00000001") String number,
            @QueryParam("from") @Parameter(description = "Booked at or after, ISO-8601", example = "2025-09-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String from,
            @QueryParam("to") @Parameter(description = "Booked before, ISO-8601", example = "2025-10-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
            @QueryParam("limit") @DefaultValue(QueryParameters.DEFAULT_LIMIT)
            @Parameter(description = "The most entries to return, 1 to 500",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50"))
            String limit) {
        Feeds feed = Feeds.of(from, to, cursor, limit);
        return Feeds.answer(statements.ofContract(number, feed.from(), feed.to(), feed.cursor(), feed.limit()), uri);
    }
}
