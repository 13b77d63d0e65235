package org.cardhub.school.entity;

/**
 * Who a customer of the school's canteen is: a pupil who pays, a pupil whose meals the school's budget pays (of a
 * beneficiary kind), or a member of staff with a card of the school's contract.
 */
public enum PupilCategory {
    PAID,
    FREE_MEALS,
    STAFF
}
