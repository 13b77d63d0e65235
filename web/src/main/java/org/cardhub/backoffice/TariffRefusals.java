package org.cardhub.backoffice;

import org.cardhub.cabinet.PageMessages;
import org.cardhub.contracts.entity.InvalidTariffException;
import org.cardhub.refusal.Refusal;

import java.util.Map;

/**
 * Which input of the tariffs page a refusal of a discount change is about; the words are in the message bundle
 * ({@code tariffs.error.CODE}). A tariff or discount that is not there (any more) is said above the forms.
 */
final class TariffRefusals {

    private static final Map<InvalidTariffException.Code, String> INPUTS = Map.ofEntries(
            Map.entry(InvalidTariffException.Code.PRODUCT_FORMAT, "discount:product"),
            Map.entry(InvalidTariffException.Code.PRODUCT_AND_CATEGORY, "discount:product"),
            Map.entry(InvalidTariffException.Code.REGION_FORMAT, "discount:place"),
            Map.entry(InvalidTariffException.Code.REGION_AND_STATIONS, "discount:place"),
            Map.entry(InvalidTariffException.Code.NO_CHOSEN_STATIONS, "discount:place"),
            Map.entry(InvalidTariffException.Code.DISCOUNT_RANGE, "discount:basisPoints"),
            Map.entry(InvalidTariffException.Code.START_REQUIRED, "discount:from"),
            Map.entry(InvalidTariffException.Code.START_IN_PAST, "discount:from"),
            Map.entry(InvalidTariffException.Code.END_REQUIRED, "end:on"),
            Map.entry(InvalidTariffException.Code.END_IN_PAST, "end:on"),
            Map.entry(InvalidTariffException.Code.END_BEFORE_START, "end:on"),
            Map.entry(InvalidTariffException.Code.ALREADY_ENDED, "end:on"));

    private TariffRefusals() {
    }

    /** Shows a refusal at its input; one about no input of these forms goes on to the error page. */
    static void show(Refusal refused) {
        if (refused.code() instanceof InvalidTariffException.Code code) {
            PageMessages.refuse(INPUTS.get(code), "tariffs.error." + code);
        } else {
            throw refused;
        }
    }
}
