package org.cardhub.payments.entity;

/**
 * A paid service of a card's programme charged to one of its purses, such as a month of the SMS informer: {@code code}
 * names the service (kept as the entry's product code, under the category {@link #CATEGORY}), {@code description} is
 * what the holder reads in their history ("SMS-информирование, декабрь 2026").
 */
public record ServiceCharge(String code, String description) {

    /** The category of every service charge's journal entry, which tells it from a transfer between purses. */
    public static final String CATEGORY = "SERVICE";

    public ServiceCharge {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,31}")) {
            throw new InvalidOperationException(InvalidOperationException.Code.REASON_REQUIRED,
                    "A service charge needs a service code of 1 to 32 capitals, digits and underscores");
        }
        if (description == null || description.isBlank() || description.length() > 500) {
            throw new InvalidOperationException(InvalidOperationException.Code.REASON_REQUIRED,
                    "A service charge needs a description of 1 to 500 characters");
        }
    }
}
