package org.cardhub.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cardhub.callers.Role;
import org.cardhub.api.idempotency.IdempotentWrites;
import org.cardhub.api.idempotency.IdempotentWrites.Written;
import org.cardhub.api.problem.Problem;
import org.cardhub.partners.boundary.Statements;
import org.cardhub.partners.boundary.Partners;
import org.cardhub.partners.entity.CardView;
import org.cardhub.partners.entity.FeedPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cards of the contracts a partner serves: state, balances, limits and movements; fleet systems also
 * block and unblock them. Card ids are Cardhub's; full card numbers never appear.
 */
@Path("/v1/cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PARTNER_AGENT, Role.Names.PARTNER_FLEET})
@Tag(name = "cards", description = "Cards of the contracts the calling partner serves")
@SecurityRequirement(name = "keycloak")
@APIResponse(responseCode = "401", description = "No token, or an invalid or expired one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The token carries no partner role, or not the one the operation needs",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "404", description = "No such card among those of the contracts the partner serves (NOT_FOUND)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "429", description = "Over the partner's request rate (code RATE_LIMITED)",
        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class CardsResource {

    private static final String CARD_ID = "{id: [0-9]{1,18}}";

    @EJB
    Partners partners;

    @EJB
    Statements statements;

    @Inject
    IdempotentWrites writes;

    @Context
    UriInfo uri;

    @GET
    @Path(CARD_ID)
    @Operation(operationId = "getCard", summary = "A card: status, masked number, balances and limits")
    @APIResponse(responseCode = "200", description = "The card",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CardView")))
    public CardView card(
            @PathParam("id") @Parameter(description = "Cardhub's card id", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) long id) {
        return partners.card(id);
    }

    @POST
    @Path(CARD_ID + "/block")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PARTNER_FLEET)
    @Operation(operationId = "blockCard", summary = "Blocks a card (fleet systems only)",
            description = "A TEMPORARY block can be lifted with unblock; a LOST or STOLEN card stays blocked and is reissued.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "BlockRequest")))
    @APIResponse(responseCode = "200", description = "The card as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CardView")))
    @APIResponse(responseCode = "400", description = "The body is missing, not JSON or has an invalid reason "
            + "(VALIDATION_FAILED, MALFORMED_BODY, BODY_REQUIRED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The same Idempotency-Key is being processed (IDEMPOTENCY_IN_FLIGHT)",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The card cannot be blocked in its state (STATUS_TRANSITION), "
            + "or the Idempotency-Key was used for another request (IDEMPOTENCY_KEY_REUSED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response block(
            @PathParam("id") @Parameter(description = "Cardhub's card id", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) long id,
            @HeaderParam(IdempotentWrites.KEY_HEADER) @Parameter(in = ParameterIn.HEADER,
                    description = "Optional: a repeat with the same key gets the first answer again") String key,
            @NotNull @Valid BlockRequest request) {
        return writes.once(key, request, () -> new Written(200, partners.block(id, request.blockReason())));
    }

    @POST
    @Path(CARD_ID + "/unblock")
    @RolesAllowed(Role.Names.PARTNER_FLEET)
    @Operation(operationId = "unblockCard", summary = "Lifts a temporary block (fleet systems only)")
    @APIResponse(responseCode = "200", description = "The card as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CardView")))
    @APIResponse(responseCode = "409", description = "The same Idempotency-Key is being processed (IDEMPOTENCY_IN_FLIGHT)",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The card is not blocked, or blocked for good as LOST or STOLEN "
            + "(STATUS_TRANSITION, PERMANENT_BLOCK), or the Idempotency-Key was used for another request (IDEMPOTENCY_KEY_REUSED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response unblock(
            @PathParam("id") @Parameter(description = "Cardhub's card id", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) long id,
            @HeaderParam(IdempotentWrites.KEY_HEADER) @Parameter(in = ParameterIn.HEADER,
                    description = "Optional: a repeat with the same key gets the first answer again") String key) {
        return writes.once(key, null, () -> new Written(200, partners.unblock(id)));
    }

    @GET
    @Path(CARD_ID + "/transactions")
    @Operation(operationId = "cardTransactions", summary = "The movements of a card, newest first",
            description = "Entries made with the card and into its own purses. Pages are joined by nextCursor (also given "
                    + "as a Link header with rel=\"next\"); from (inclusive) and to (exclusive) limit the time of booking.")
    @APIResponse(responseCode = "200", description = "A page of the feed",
            headers = @Header(name = "Link", description = "<…>; rel=\"next\" while older entries remain",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FeedPage")))
    @APIResponse(responseCode = "400", description = "A bad cursor (CURSOR_INVALID), from not before to or limit out of range "
            + "(RANGE_INVALID), or a parameter that cannot be read (PARAMETER_INVALID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response transactions(
            @PathParam("id") @Parameter(description = "Cardhub's card id", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) long id,
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
        return Feeds.answer(statements.ofCard(id, feed.from(), feed.to(), feed.cursor(), feed.limit()), uri);
    }
}
