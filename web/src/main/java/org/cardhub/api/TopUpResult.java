package org.cardhub.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A credited top-up: the journal entry, the amount credited and what the payee has available now. */
@Schema(name = "TopUpResult")
public record TopUpResult(
        @Schema(description = "The journal entry of the top-up; it appears in the transaction feeds", example = "2016",
                type = SchemaType.INTEGER, format = "int64")
        long id,
        @Schema(description = "Always APPROVED; a declined top-up is a 422 problem", example = "APPROVED")
        String status,
        @Schema(description = "Roubles credited", example = "100.00")
        String amount,
        @Schema(description = "Roubles available to the payee afterwards", example = "1600.00")
        String balance,
        @Schema(description = "The payee as named in the request; card numbers masked", example = "10000003")
        String account) {
}
