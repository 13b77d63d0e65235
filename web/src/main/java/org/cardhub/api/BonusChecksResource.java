package org.cardhub.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cardhub.api.idempotency.IdempotentWrites;
import org.cardhub.api.problem.Problem;
import org.cardhub.bonus.boundary.BonusTills;
import org.cardhub.bonus.entity.CheckOutcome;
import org.cardhub.bonus.entity.ReturnOutcome;
import org.cardhub.callers.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The bonus programme's tills: a check paid with a bonus card, and its return. Both are idempotent by the till's
 * purchase id (no Idempotency-Key header): the same check sent again gets the first answer, marked
 * {@code Idempotency-Replayed: true}; another check under a used purchase id is refused.
 */
@Path("/v1/bonus/checks")
@ApplicationScoped
@RolesAllowed(Role.Names.PARTNER_BONUS)
@Tag(name = "bonus", description = "The bonus programme's tills: checks paid with a bonus card and their returns")
@SecurityRequirement(name = "keycloak")
public class BonusChecksResource {

    @EJB
    BonusTills tills;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordBonusCheck", summary = "Records a check paid with a bonus card, once per purchase id",
            description = "Points pay first (as many of pointsToSpend as the holder has spendable, never more than 30 % "
                    + "of the check: more is refused), then the check earns 10 % of its lines outside the excluded "
                    + "categories, spendable 3 days later for 3 months.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "BonusCheckRequest")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BonusCheckResult")))
    @APIResponse(responseCode = "200", description = "The same check again: the first answer, marked Idempotency-Replayed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BonusCheckResult")))
    @APIResponse(responseCode = "400", description = "Malformed: BODY_REQUIRED, MALFORMED_BODY, VALIDATION_FAILED, "
            + "CHECK_INVALID, BARCODE_INVALID, PURCHASED_AT_FORMAT, AMOUNT_FORMAT, AMOUNT_SCALE, "
            + "PURCHASE_INVALID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Refused: CARD_UNKNOWN (no wallet registered the card), "
            + "OVER_MAX_SHARE (points over 30 % of the check), PURCHASE_ID_REUSED, CHECK_IN_FUTURE, AMOUNT_NOT_POSITIVE",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response record(@NotNull @Valid BonusCheckRequest request) {
        CheckOutcome outcome = tills.record(request.toCheck());
        return answer(outcome.replayed() ? 200 : 201, BonusCheckResult.of(outcome), outcome.replayed());
    }

    @POST
    @Path("{purchaseId}/return")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnBonusCheck", summary = "Returns a recorded check as a whole",
            description = "The points that paid for it are given back and those it earned taken back; what of them the "
                    + "holder has already spent and cannot cover is the shortfall. A second return answers the first "
                    + "again, marked Idempotency-Replayed.")
    @APIResponse(responseCode = "200", description = "Returned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BonusReturnResult")))
    @APIResponse(responseCode = "400", description = "A malformed purchase id (CHECK_INVALID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No check of that purchase id was recorded (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response returnCheck(@PathParam("purchaseId")
                                @Parameter(description = "The till's purchase id of the check",
                                        example = "shop-12:till-3:20261207-0042") String purchaseId) {
        ReturnOutcome outcome = tills.returnCheck(purchaseId);
        return answer(200, BonusReturnResult.of(outcome), outcome.replayed());
    }

    private static Response answer(int status, Object body, boolean replayed) {
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
        return replayed ? answer.header(IdempotentWrites.REPLAYED, "true").build() : answer.build();
    }
}
