package org.cardhub.api;

import org.cardhub.bonus.entity.CheckOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded check: points earned (pending until spendableFrom) and points that paid for it. */
@Schema(name = "BonusCheckResult")
public record BonusCheckResult(
        @Schema(description = "The till's purchase id", example = "shop-12:till-3:20261207-0042")
        String purchaseId,
        @Schema(description = "The bonus card's barcode", example = "2990000000019")
        String card,
        @Schema(description = "The day the points were booked on (YYYY-MM-DD)", example = "2026-12-07")
        String bookedOn,
        @Schema(description = "Points earned by the check", example = "100.00")
        String earned,
        @Schema(description = "Points that paid for the check; the till takes the rest in money", example = "30.00")
        String spent,
        @Schema(description = "The day the earned points become spendable; absent when none were earned",
                example = "2026-12-10")
        String spendableFrom,
        @Schema(description = "The day the earned points expire; absent when none were earned", example = "2027-03-07")
        String expiresOn) {

    static BonusCheckResult of(CheckOutcome outcome) {
        return new BonusCheckResult(outcome.purchaseId(), outcome.card(), outcome.bookedOn().toString(),
                outcome.earned().toPlainString(), outcome.spent().toPlainString(),
                outcome.spendableFrom() == null ? null : outcome.spendableFrom().toString(),
                outcome.expiresOn() == null ? null : outcome.expiresOn().toString());
    }
}
