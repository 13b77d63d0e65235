package org.cardhub.lessons.entity;

/** How a group is paid for, as the records keep it (see {@link GroupPricing} for the rules of each). */
public enum Pricing {
    /** Each lesson attended costs the group's lesson price, paid from the balance or owed. */
    PER_LESSON,
    /** One price for the whole course, owed from the enrolment on and paid in parts. */
    COURSE,
    /** Subscriptions of the group's offers; a lesson with none is in debt. */
    SUBSCRIPTION
}
