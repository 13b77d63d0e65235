package org.cardhub.schooloffice.entity;

/** The periods a director picks with one click, and their own days. */
public enum PeriodPreset {
    TODAY,
    /** Monday of this week to today. */
    WEEK,
    /** The first of this month to today. */
    MONTH,
    CUSTOM
}
