package org.cardhub.terminals.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * A terminal or product request that breaks a registry rule; {@link #code()} is stable, so a page can say
 * in the reader's language which field is wrong and why. Nothing is written when it is thrown.
 */
public class InvalidTerminalException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        ID_FORMAT(Kind.MALFORMED),
        ID_TAKEN(Kind.REFUSED),
        KIND_REQUIRED(Kind.MALFORMED),
        ORGANIZATION_UNKNOWN(Kind.REFUSED),
        LOCATION_FORMAT(Kind.MALFORMED),
        STATION_FORMAT(Kind.MALFORMED),
        REGION_FORMAT(Kind.MALFORMED),
        POSITION_RANGE(Kind.MALFORMED),
        PRODUCT_CODE_FORMAT(Kind.MALFORMED),
        PRODUCT_TAKEN(Kind.REFUSED),
        PRODUCT_NAME_FORMAT(Kind.MALFORMED),
        CATEGORY_FORMAT(Kind.MALFORMED),
        UNIT_REQUIRED(Kind.MALFORMED);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public InvalidTerminalException(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
