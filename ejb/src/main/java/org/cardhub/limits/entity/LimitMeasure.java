package org.cardhub.limits.entity;

/** What a limit counts: roubles spent, litres taken, or the number of purchases. */
public enum LimitMeasure {
    MONEY,
    VOLUME,
    COUNT
}
