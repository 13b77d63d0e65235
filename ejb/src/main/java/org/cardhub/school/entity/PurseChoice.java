package org.cardhub.school.entity;

import org.cardhub.ledger.entity.AccountPurpose;

import java.io.Serializable;

import static org.cardhub.school.entity.InvalidChildRequestException.Code.PURSE_UNKNOWN;

/** One of a pupil's two purses: the general balance ({@link AccountPurpose#MAIN}) or the canteen's. */
public record PurseChoice(long cardId, AccountPurpose purpose) implements Serializable {

    public PurseChoice {
        if (purpose != AccountPurpose.MAIN && purpose != AccountPurpose.CANTEEN) {
            throw new InvalidChildRequestException(PURSE_UNKNOWN, "A pupil's purse is the general or the canteen one, not " + purpose);
        }
    }

    /** Reads the page's "cardId:PURPOSE" back; refused for anything else. */
    public static PurseChoice parse(String value) {
        String[] parts = value == null ? new String[0] : value.split(":");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
            throw new InvalidChildRequestException(PURSE_UNKNOWN, "No purse " + value);
        }
        try {
            return new PurseChoice(Long.parseLong(parts[0]), AccountPurpose.valueOf(parts[1]));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidChildRequestException(PURSE_UNKNOWN, "No purse " + value);
        }
    }

    /** As the page names it: "cardId:PURPOSE". */
    public String value() {
        return cardId + ":" + purpose.name();
    }
}
