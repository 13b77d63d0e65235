package org.cardhub.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cardhub.api.problem.ApiProblem;
import org.cardhub.bonus.entity.BonusCardBarcode;
import org.cardhub.bonus.entity.PurchaseLine;
import org.cardhub.bonus.entity.TillCheck;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A check a till of the bonus programme records: the buyer's bonus card, its lines, the points the buyer pays with. */
@Schema(name = "BonusCheckRequest", description = "A check paid with a bonus card")
public record BonusCheckRequest(
        @NotNull
        @Pattern(regexp = TillCheck.PURCHASE_ID_PATTERN,
                message = "a purchase id is 1 to 60 letters, digits and . _ : - starting with a letter or digit")
        @Schema(description = "The till's own id of the purchase: a check is recorded once per purchase id",
                example = "shop-12:till-3:20261207-0042", required = true, maxLength = 60)
        String purchaseId,
        @NotNull
        @Size(max = 20)
        @Schema(description = "The bonus card's EAN-13 barcode", example = "2990000000019", required = true)
        String card,
        @NotNull
        @Size(max = 40)
        @Schema(description = "When the check was paid, ISO 8601 with its offset", example = "2026-12-07T12:30:00+03:00",
                required = true)
        String purchasedAt,
        @NotNull
        @Size(min = 1, max = TillCheck.MAX_LINES)
        @Valid
        @Schema(description = "The check's lines, at least one", type = SchemaType.ARRAY, required = true)
        List<@NotNull @Valid Line> lines,
        @Size(max = 20)
        @Pattern(regexp = "\\d+(\\.\\d+)?", message = "points are a decimal with a dot, like 30.00")
        @Schema(description = "Points the buyer pays with (1 point = 1 ₽), at most 30 % of the check; absent for none",
                example = "30.00", pattern = "\\d+(\\.\\d{1,2})?")
        String pointsToSpend) {

    /** One line of the check: its category of goods (some earn nothing, such as "Гигиена") and its amount. */
    @Schema(name = "BonusCheckLine")
    public record Line(
            @NotNull
            @Size(min = 1, max = 64)
            @Schema(description = "The category of goods", example = "Обувь", required = true, maxLength = 64)
            String category,
            @NotNull
            @Size(max = 20)
            @Pattern(regexp = "\\d+(\\.\\d+)?", message = "an amount is a decimal with a dot, like 100.00")
            @Schema(description = "Roubles, at most two decimals, greater than zero", example = "1000.00",
                    required = true)
            String amount) {
    }

    /** The check as the programme reads it; a malformed time, barcode or amount is refused (400). */
    TillCheck toCheck() {
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(purchasedAt);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("PURCHASED_AT_FORMAT",
                    "purchasedAt is an ISO 8601 date and time with its offset, like 2026-12-07T12:30:00+03:00");
        }
        List<PurchaseLine> purchaseLines = lines.stream()
                .map(line -> new PurchaseLine(line.category(), Amount.positive(line.amount(), Currency.RUB))).toList();
        Amount points = pointsToSpend == null ? null : Amount.parse(pointsToSpend, Currency.POINTS);
        return new TillCheck(purchaseId, BonusCardBarcode.parse(card), at.toInstant(), purchaseLines, points);
    }
}
