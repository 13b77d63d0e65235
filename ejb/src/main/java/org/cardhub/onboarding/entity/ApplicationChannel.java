package org.cardhub.onboarding.entity;

/** How the contract was concluded: online, by accepting the offer, or on paper at an office, registered by the back office. */
public enum ApplicationChannel {
    ONLINE,
    OFFICE
}
