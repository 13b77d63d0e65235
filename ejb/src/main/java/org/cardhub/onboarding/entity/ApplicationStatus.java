package org.cardhub.onboarding.entity;

/** submitted → approved (the contract is active) or rejected (with a reason); decided once. */
public enum ApplicationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED
}
