package org.cardhub.limits.entity;

/** Why a limit or restriction refused an operation; the names are the terminal protocol's reason codes. */
public enum DeclineReason {
    LIMIT_EXCEEDED,
    PRODUCT_NOT_ALLOWED,
    OUTSIDE_TIME_WINDOW,
    STATION_NOT_ALLOWED
}
