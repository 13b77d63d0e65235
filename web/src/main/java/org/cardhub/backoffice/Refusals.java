package org.cardhub.backoffice;

import org.cardhub.cabinet.PageMessages;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.terminals.entity.InvalidTerminalException;

import java.util.Map;

/**
 * Which input of the terminal forms a refusal of the registry is about, and which message explains it:
 * the rules live in the entities, the words in the message bundle ({@code terminals.error.CODE}).
 */
final class Refusals {

    private static final Map<InvalidTerminalException.Code, String> REGISTRATION_INPUTS = Map.of(
            InvalidTerminalException.Code.ID_FORMAT, "register:id",
            InvalidTerminalException.Code.ID_TAKEN, "register:id",
            InvalidTerminalException.Code.KIND_REQUIRED, "register:kind",
            InvalidTerminalException.Code.ORGANIZATION_UNKNOWN, "register:organization",
            InvalidTerminalException.Code.LOCATION_FORMAT, "register:location",
            InvalidTerminalException.Code.STATION_FORMAT, "register:station",
            InvalidTerminalException.Code.REGION_FORMAT, "register:region");

    private static final Map<InvalidTerminalException.Code, String> PRODUCT_INPUTS = Map.of(
            InvalidTerminalException.Code.PRODUCT_CODE_FORMAT, "products:code",
            InvalidTerminalException.Code.PRODUCT_TAKEN, "products:code",
            InvalidTerminalException.Code.PRODUCT_NAME_FORMAT, "products:name",
            InvalidTerminalException.Code.CATEGORY_FORMAT, "products:category",
            InvalidTerminalException.Code.UNIT_REQUIRED, "products:unit");

    private Refusals() {
    }

    static void ofRegistration(InvalidTerminalException refusal, String terminalId) {
        PageMessages.refuse(REGISTRATION_INPUTS.get(refusal.code()), "terminals.error." + refusal.code(), terminalId);
    }

    static void ofProduct(InvalidTerminalException refusal, String productCode) {
        PageMessages.refuse(PRODUCT_INPUTS.get(refusal.code()), "terminals.error." + refusal.code(), productCode);
    }

    static void ofPrice(InvalidAmountException refusal) {
        PageMessages.refuse("products:price", "terminals.price." + refusal.code());
    }
}
