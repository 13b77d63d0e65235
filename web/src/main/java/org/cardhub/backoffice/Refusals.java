package org.cardhub.backoffice;

import org.cardhub.cabinet.PageMessages;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.refusal.Refusal;
import org.cardhub.terminals.entity.InvalidTerminalException;

import java.util.Map;

/**
 * Which input of the terminal pages a refusal of the registry is about, and which message explains it:
 * the rules live in the entities, the words in the message bundle ({@code terminals.error.CODE},
 * {@code terminals.price.CODE}, {@code terminals.gone}).
 */
final class Refusals {

    private static final Map<InvalidTerminalException.Code, String> INPUTS = Map.ofEntries(
            Map.entry(InvalidTerminalException.Code.ID_FORMAT, "register:id"),
            Map.entry(InvalidTerminalException.Code.ID_TAKEN, "register:id"),
            Map.entry(InvalidTerminalException.Code.KIND_REQUIRED, "register:kind"),
            Map.entry(InvalidTerminalException.Code.ORGANIZATION_UNKNOWN, "register:organization"),
            Map.entry(InvalidTerminalException.Code.LOCATION_FORMAT, "register:location"),
            Map.entry(InvalidTerminalException.Code.STATION_FORMAT, "register:station"),
            Map.entry(InvalidTerminalException.Code.REGION_FORMAT, "register:region"),
            Map.entry(InvalidTerminalException.Code.PRODUCT_CODE_FORMAT, "products:code"),
            Map.entry(InvalidTerminalException.Code.PRODUCT_TAKEN, "products:code"),
            Map.entry(InvalidTerminalException.Code.PRODUCT_NAME_FORMAT, "products:name"),
            Map.entry(InvalidTerminalException.Code.CATEGORY_FORMAT, "products:category"),
            Map.entry(InvalidTerminalException.Code.UNIT_REQUIRED, "products:unit"));

    private Refusals() {
    }

    /**
     * Shows a refusal on the page: a terminal that is not there (any more) as {@code terminals.gone} about
     * {@code terminalId}, a price on the price input, a registry rule on its input with {@code subject} (the terminal's
     * id or the product's code). Any other refusal is none of these pages' business and goes on to the error page.
     */
    static void show(Refusal refused, String terminalId, String subject) {
        if (refused.code().kind() == Refusal.Kind.NOT_FOUND) {
            PageMessages.refuse(null, "terminals.gone", terminalId);
        } else if (refused.code() instanceof InvalidAmountException.Code code) {
            PageMessages.refuse("products:price", "terminals.price." + code);
        } else if (refused.code() instanceof InvalidTerminalException.Code code) {
            PageMessages.refuse(INPUTS.get(code), "terminals.error." + code, subject);
        } else {
            throw refused;
        }
    }
}
