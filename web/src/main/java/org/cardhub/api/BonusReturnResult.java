package org.cardhub.api;

import org.cardhub.bonus.entity.ReturnOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A returned check: the points that paid for it given back, those it earned taken back, and what could not be. */
@Schema(name = "BonusReturnResult")
public record BonusReturnResult(
        @Schema(description = "The till's purchase id", example = "shop-12:till-3:20261207-0042")
        String purchaseId,
        @Schema(description = "Points that had paid for the check, given back to the holder", example = "30.00")
        String givenBack,
        @Schema(description = "Points the check had earned, taken back", example = "100.00")
        String takenBack,
        @Schema(description = "Earned points already spent that the holder's points could not cover: the shop may keep "
                + "them from the refund (1 point = 1 ₽)", example = "0.00")
        String shortfall) {

    static BonusReturnResult of(ReturnOutcome outcome) {
        return new BonusReturnResult(outcome.purchaseId(), outcome.givenBack().toPlainString(),
                outcome.takenBack().toPlainString(), outcome.shortfall().toPlainString());
    }
}
