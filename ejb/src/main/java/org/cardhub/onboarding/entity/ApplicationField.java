package org.cardhub.onboarding.entity;

/** The inputs of an application (and of the back office's decision) a problem can be about. */
public enum ApplicationField {
    FORM,
    NAME,
    INN,
    KPP,
    /** OGRN of a legal entity, OGRNIP of an individual entrepreneur. */
    OGRN,
    BIK,
    ACCOUNT,
    TIME_ZONE,
    TARIFF,
    OPTION,
    STATIONS,
    BALANCE_MODEL,
    CARD_COUNT,
    OFFER,
    /** The back office's reason for a rejection. */
    REASON
}
