package org.cardhub.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.cardhub.cards.entity.BlockReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a card is blocked; only a TEMPORARY block can be lifted again. */
@Schema(name = "BlockRequest")
public record BlockRequest(
        @NotNull
        @Pattern(regexp = "TEMPORARY|LOST|STOLEN", message = "the reason is TEMPORARY, LOST or STOLEN")
        @Schema(required = true, enumeration = {"TEMPORARY", "LOST", "STOLEN"}, example = "TEMPORARY")
        String reason) {

    BlockReason blockReason() {
        return BlockReason.valueOf(reason);
    }
}
