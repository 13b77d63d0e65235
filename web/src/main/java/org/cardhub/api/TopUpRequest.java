package org.cardhub.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cardhub.api.problem.ApiProblem;
import org.cardhub.partners.entity.PayeeAccount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's top-up: what to credit (an account as payment agents name it, or a contract) and how much. */
@Schema(name = "TopUpRequest", description = "Exactly one of account and contract, and the amount in roubles")
public record TopUpRequest(
        @Size(max = 32)
        @Schema(description = "A pupil's school contract number (8 digits), a card number, or a wallet phone",
                example = "10000003", maxLength = 32)
        String account,
        @Pattern(regexp = "[A-Z]-\\d{8}", message = "a contract number is a letter, a dash and eight digits, like F-00000001")
        @Schema(description = "A contract number", example = "F-00000001", pattern = "[A-Z]-\\d{8}")
        String contract,
        @NotNull
        @Size(max = 20)
        @Pattern(regexp = "\\d+(\\.\\d+)?", message = "an amount is a decimal with a dot, like 100.00")
        @Schema(description = "Roubles, at most two decimals, greater than zero", example = "100.00",
                required = true, pattern = "\\d+(\\.\\d{1,2})?", maxLength = 20)
        String amount) {

    /** The payee the request names; naming both or neither is refused. */
    PayeeAccount payee() {
        if ((account == null) == (contract == null)) {
            throw ApiProblem.badRequest("PAYEE_REQUIRED", "Name exactly one of 'account' and 'contract'");
        }
        return account != null ? PayeeAccount.parse(account) : PayeeAccount.contract(contract);
    }
}
