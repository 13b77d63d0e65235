package org.cardhub.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cardhub.api.WebhookViews.Delivery;
import org.cardhub.api.WebhookViews.DeliveryList;
import org.cardhub.api.WebhookViews.Webhook;
import org.cardhub.api.WebhookViews.WebhookCreated;
import org.cardhub.api.WebhookViews.WebhookList;
import org.cardhub.api.problem.Problem;
import org.cardhub.callers.Role;
import org.cardhub.webhooks.boundary.PartnerWebhooks;
import org.cardhub.webhooks.boundary.RegisteredEndpoint;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A partner's webhook endpoints (docs/webhooks.md): register one for the events it chooses (the signing secret is in
 * this answer only), list, remove, and see its deliveries. Another partner's endpoint is 404, as if it did not exist.
 */
@Path("/v1/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PARTNER_AGENT, Role.Names.PARTNER_FLEET})
@Tag(name = "webhooks", description = "Events of the partner's cards and contracts, POSTed to its endpoints")
@SecurityRequirement(name = "keycloak")
@APIResponse(responseCode = "401", description = "No token, or an invalid or expired one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "The token carries no partner role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class WebhooksResource {

    private static final String ID = "{id: [0-9]{1,18}}";

    @EJB
    PartnerWebhooks webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWebhook", summary = "Registers an endpoint for the chosen events",
            description = "The answer carries the endpoint's signing secret, once: it is not shown again and not replayed "
                    + "for a repeated request (an Idempotency-Key is not taken here); a repeat registers another endpoint.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "WebhookRequest")))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookCreated")))
    @APIResponse(responseCode = "400", description = "A bad URL (URL_FORMAT), plain http (URL_NOT_HTTPS), no or an unknown "
            + "event (EVENTS_REQUIRED, EVENT_UNKNOWN), or a body that cannot be read (VALIDATION_FAILED, MALFORMED_BODY, BODY_REQUIRED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Ten endpoints already (TOO_MANY_ENDPOINTS)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response register(@NotNull @Valid WebhookRequest request) {
        RegisteredEndpoint registered = webhooks.register(request.url(), request.events());
        Webhook view = Webhook.of(registered.endpoint());
        return Response.status(201).entity(new WebhookCreated(view.id(), view.url(), view.events(), view.createdAt(),
                registered.secret())).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The partner's endpoints, oldest first")
    @APIResponse(responseCode = "200", description = "The endpoints",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookList")))
    public WebhookList list() {
        return new WebhookList(webhooks.endpoints().stream().map(Webhook::of).toList());
    }

    @GET
    @Path(ID)
    @Operation(operationId = "getWebhook", summary = "One endpoint")
    @APIResponse(responseCode = "200", description = "The endpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook")))
    @APIResponse(responseCode = "404", description = "No such endpoint of this partner (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Webhook endpoint(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) long id) {
        return Webhook.of(webhooks.endpoint(id));
    }

    @DELETE
    @Path(ID)
    @Operation(operationId = "removeWebhook", summary = "Removes an endpoint; what was still on its way to it is given up")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such endpoint of this partner (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response remove(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) long id) {
        webhooks.remove(id);
        return Response.noContent().build();
    }

    @GET
    @Path(ID + "/deliveries")
    @Operation(operationId = "webhookDeliveries", summary = "An endpoint's deliveries, newest first")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookDeliveryList")))
    @APIResponse(responseCode = "400", description = "offset or limit out of range (PAGE_RANGE, PARAMETER_INVALID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such endpoint of this partner (NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public DeliveryList deliveries(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) long id,
            @QueryParam("offset") @DefaultValue("0") @Parameter(description = "How many to skip") String offset,
            @QueryParam("limit") @DefaultValue(QueryParameters.DEFAULT_LIMIT)
            @Parameter(description = "The most deliveries to return, 1 to 500") String limit) {
        int from = QueryParameters.integer("offset", offset);
        int max = QueryParameters.integer("limit", limit);
        return new DeliveryList(webhooks.deliveries(id, from, max).stream().map(Delivery::of).toList(), from, max);
    }
}
