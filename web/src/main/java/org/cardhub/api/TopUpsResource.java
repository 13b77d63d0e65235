package org.cardhub.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.Role;
import org.cardhub.api.idempotency.IdempotentWrites;
import org.cardhub.api.idempotency.IdempotentWrites.Written;
import org.cardhub.api.problem.ApiProblem;
import org.cardhub.api.problem.Problem;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.partners.boundary.Partners;
import org.cardhub.partners.entity.PayeeAccount;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Recorded;
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

/** Partners credit the accounts they serve: a pupil's card, any card, a wallet, or a contract. */
@Path("/v1/top-ups")
@ApplicationScoped
@RolesAllowed({Role.Names.PARTNER_AGENT, Role.Names.PARTNER_FLEET})
@Tag(name = "top-ups", description = "Crediting the accounts the calling partner serves")
@SecurityRequirement(name = "keycloak")
public class TopUpsResource {

    @EJB
    Partners partners;

    @Inject
    IdempotentWrites writes;

    @Inject
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "topUp", summary = "Credits an account once per Idempotency-Key",
            description = "Name the payee either as 'account' (a school contract number, a card number or a wallet phone) "
                    + "or as 'contract'. A repeat with the same key and body gets the first answer again, marked "
                    + "'Idempotency-Replayed: true'; nothing is credited twice.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "TopUpRequest")))
    @APIResponse(responseCode = "201", description = "Credited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TopUpResult")))
    @APIResponse(responseCode = "400", description = "No Idempotency-Key (IDEMPOTENCY_KEY_REQUIRED), a bad one (KEY_INVALID) "
            + "or two (HEADER_REPEATED); the body is missing, not one JSON object, names a property twice or has unknown, "
            + "missing or invalid fields (BODY_REQUIRED, MALFORMED_BODY, "
            + "VALIDATION_FAILED, PAYEE_REQUIRED, ACCOUNT_FORMAT, AMOUNT_FORMAT, AMOUNT_SCALE, PAN_CHECKSUM, ...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No token, or an invalid or expired one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The token carries no partner role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The same Idempotency-Key is being processed (IDEMPOTENCY_IN_FLIGHT)",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "The body is over 64 KiB (PAYLOAD_TOO_LARGE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "The body is not application/json in UTF-8 (UNSUPPORTED_MEDIA_TYPE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Declined, with the reason as code (WALLET_CAP, CONTRACT_INACTIVE, "
            + "CARD_BLOCKED, CARD_EXPIRED, ...); no such account among those the partner serves (ACCOUNT_NOT_FOUND); "
            + "amount zero or too large (AMOUNT_NOT_POSITIVE, AMOUNT_TOO_LARGE); the Idempotency-Key was used for "
            + "another request (IDEMPOTENCY_KEY_REUSED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Over the partner's request rate (code RATE_LIMITED)",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response topUp(@HeaderParam(IdempotentWrites.KEY_HEADER)
                          @Parameter(in = ParameterIn.HEADER, required = true,
                                  description = "Your unique id of this top-up, 1 to 128 visible ASCII characters; "
                                          + "send the same key when you retry", example = "7f1c2a9e-top-up-42")
                          String key,
                          @NotNull @Valid TopUpRequest request) {
        PayeeAccount payee = request.payee();
        Amount amount = Amount.positive(request.amount(), Currency.RUB);
        return writes.exclusive(key, () -> {
            Recorded credited = credit(key, payee, amount);
            Outcome outcome = credited.outcome();
            if (outcome.isApproved()) {
                return new Written(201, new TopUpResult(outcome.entryId(), outcome.status().name(),
                        outcome.approvedAmount().toPlainString(), outcome.balance().toPlainString(), payee.toString()),
                        credited.replayed());
            }
            if (outcome.reason() == DeclineCode.CARD_UNKNOWN) {
                throw notServed(payee);
            }
            if (outcome.reason() == DeclineCode.DUPLICATE_CONFLICT) {
                return writes.keyReused();
            }
            return new Written(422, Problem.of(422, outcome.code(), outcome.message(), http.getRequestURI()),
                    credited.replayed());
        });
    }

    /**
     * A payee that does not exist and one the partner does not serve get the same answer, and neither keeps
     * the key (the money core refuses both before it records an outcome), so no partner learns about
     * accounts outside its programs by probing, not even by repeating a key; and it is a refused top-up
     * (422), not a missing resource: the top-ups resource exists.
     */
    private Recorded credit(String key, PayeeAccount payee, Amount amount) {
        try {
            return partners.topUp(key, payee, amount);
        } catch (AccessDeniedException e) {
            throw notServed(payee);
        } catch (InvalidOperationException e) {
            if (e.code() == InvalidOperationException.Code.CONTRACT_UNKNOWN
                    || e.code() == InvalidOperationException.Code.PURSE_UNKNOWN) {
                throw notServed(payee);
            }
            throw e;
        }
    }

    private static ApiProblem notServed(PayeeAccount payee) {
        return new ApiProblem(422, "ACCOUNT_NOT_FOUND", "No account " + payee + " among those this partner serves");
    }
}
