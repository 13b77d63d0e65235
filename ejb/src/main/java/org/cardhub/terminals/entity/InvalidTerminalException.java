package org.cardhub.terminals.entity;

/**
 * A terminal or product request that breaks a registry rule; {@link #code()} is stable, so a page can say
 * in the reader's language which field is wrong and why. Nothing is written when it is thrown.
 */
public class InvalidTerminalException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public enum Code {
        ID_FORMAT,
        ID_TAKEN,
        KIND_REQUIRED,
        ORGANIZATION_UNKNOWN,
        LOCATION_FORMAT,
        STATION_FORMAT,
        REGION_FORMAT,
        PRODUCT_CODE_FORMAT,
        PRODUCT_TAKEN,
        PRODUCT_NAME_FORMAT,
        CATEGORY_FORMAT,
        UNIT_REQUIRED
    }

    private final Code code;

    public InvalidTerminalException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
