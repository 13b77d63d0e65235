package org.cardhub.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A partner's new webhook endpoint: where to POST, and which events. */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @NotNull
        @Size(max = 500)
        @Schema(description = "An https URL (plain http only to localhost where the installation allows it, for tests)",
                example = "https://partner.example.org/hooks/cardhub", required = true, maxLength = 500)
        String url,
        @NotNull
        @Size(min = 1, max = 5)
        @Schema(description = "The events to receive, at least one", type = SchemaType.ARRAY, required = true,
                example = "[\"card.blocked\", \"topup.credited\"]",
                enumeration = {"card.blocked", "card.unblocked", "card.reissued", "transaction.posted", "topup.credited"})
        List<String> events) {
}
